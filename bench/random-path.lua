-- Requests PREFIX .. a random id in 1..COUNT .. SUFFIX (e.g. /streets/1234), so that the whole data
-- set is exercised instead of one hot row; COUNT=0 requests PREFIX itself; FIRST moves the range to
-- FIRST..FIRST+COUNT-1. Prints p50, p95 and p99 at the end.
local prefix = os.getenv("PREFIX") or "/streets/"
local count = tonumber(os.getenv("COUNT") or "0")
local first = tonumber(os.getenv("FIRST") or "1")
local suffix = os.getenv("SUFFIX") or ""
math.randomseed(os.time())
request = function()
  if count == 0 then
    return wrk.format("GET", prefix)
  end
  return wrk.format("GET", prefix .. math.random(first, first + count - 1) .. suffix)
end
done = function(summary, latency, requests)
  io.write(string.format("    p50 %.2fms  p95 %.2fms  p99 %.2fms  requests %d  non-2xx/3xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, summary.errors.status))
end
