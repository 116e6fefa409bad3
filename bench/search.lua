-- Searches a random everyday word, as neighbours would type it. Prints p95 at the end.
local words = { "boodschappen", "wandelen", "computer", "koken", "tuin", "hond", "koffie", "klussen",
  "fietsen", "bakken", "buurman", "gewandeld", "taal", "naaien", "muziek", "lezen" }
local path = os.getenv("SEARCH_PATH") or "/api/v1/search?q="
math.randomseed(os.time())
request = function()
  return wrk.format("GET", path .. words[math.random(1, #words)])
end
done = function(summary, latency, requests)
  io.write(string.format("    p95 %.2fms  p99 %.2fms  requests %d  non-2xx/3xx %d\n",
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, summary.errors.status))
end
