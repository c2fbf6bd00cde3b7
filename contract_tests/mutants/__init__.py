"""Mutation testing of the suite: broken sandboxes (``catalogue``) and the score test."""
