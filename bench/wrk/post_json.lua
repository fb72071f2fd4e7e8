-- POSTs the JSON body in $WRK_BODY with optional bearer token ($WRK_TOKEN).
-- With $WRK_IDEMPOTENT=1 every request carries a fresh Idempotency-Key (a new order each time).
local body = os.getenv("WRK_BODY") or "{}"
local token = os.getenv("WRK_TOKEN")
local idempotent = os.getenv("WRK_IDEMPOTENT") == "1"
local counter = 0

-- Each wrk thread runs its own Lua state, and math.random is not seeded: a random tag would be
-- the same in every thread, so two threads would send the same keys (replays and 409s, not new
-- orders). setup() runs once per thread in the main state and numbers them instead.
local threads_made = 0
function setup(thread)
  threads_made = threads_made + 1
  thread:set("thread_tag", threads_made)
end

local run_tag = tostring(os.time())

request = function()
  local headers = { ["Content-Type"] = "application/json" }
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  if idempotent then
    counter = counter + 1
    headers["Idempotency-Key"] = "bench-" .. run_tag .. "-" .. tostring(thread_tag) .. "-" .. counter .. "-" .. string.rep("k", 8)
  end
  return wrk.format("POST", nil, headers, body)
end
