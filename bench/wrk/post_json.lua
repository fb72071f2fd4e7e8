-- POSTs the JSON body in $WRK_BODY with optional bearer token ($WRK_TOKEN).
-- With $WRK_IDEMPOTENT=1 every request carries a fresh Idempotency-Key (a new order each time).
local body = os.getenv("WRK_BODY") or "{}"
local token = os.getenv("WRK_TOKEN")
local idempotent = os.getenv("WRK_IDEMPOTENT") == "1"
local counter = 0
local thread_tag = tostring(math.random(1, 1e9))

request = function()
  local headers = { ["Content-Type"] = "application/json" }
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  if idempotent then
    counter = counter + 1
    headers["Idempotency-Key"] = "bench-" .. thread_tag .. "-" .. counter .. "-" .. string.rep("k", 16)
  end
  return wrk.format("POST", nil, headers, body)
end
