-- wrk script of ServerLoadIT. Each thread reads the mix file named after "--" (one request path a line) and
-- its connections send those paths in turn, each thread starting at another place in the list. At the end,
-- done() prints one machine-readable line: requests, duration, errors and latency percentiles in microseconds.
local paths = {}
local next_path = 1
local threads = 0

function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  next_path = (offset or 0) % #paths + 1
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("wrk-result requests=%d duration_us=%d non_2xx_3xx=%d connect=%d read=%d write=%d "
    .. "timeout=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n", summary.requests, summary.duration, e.status,
    e.connect, e.read, e.write, e.timeout, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
