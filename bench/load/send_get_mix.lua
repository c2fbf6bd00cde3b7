-- wrk script: the send/get mix of bench/throughput.py, half POST send, half GET.
-- Environment: INVOICE_IDS (comma separated), LOCATION_ID, TOKEN.
-- Prints one JSON line when the run ends; a non-2xx answer counts as an error.
local ids = {}
for id in string.gmatch(os.getenv("INVOICE_IDS") or "", "[^,]+") do ids[#ids + 1] = id end
local location = os.getenv("LOCATION_ID")
local headers = {
  ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
  ["Version"] = "2021-07-28",
  ["Content-Type"] = "application/json",
}
local send_body = '{"altId":"' .. location .. '","altType":"location","userId":"6578278e879ad2646715ba9c",'
  .. '"action":"email","liveMode":false}'
local n = 0

request = function()
  n = n + 1
  local id = ids[(n % #ids) + 1]
  if n % 2 == 0 then
    return wrk.format("POST", "/invoices/" .. id .. "/send", headers, send_body)
  end
  return wrk.format("GET", "/invoices/" .. id .. "?altId=" .. location .. "&altType=location", headers, nil)
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors_status": %d, "errors_connect": %d, "errors_read": %d, '
      .. '"errors_write": %d, "errors_timeout": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50), latency:percentile(99)))
end
