-- The checkout benchmark's light generator (scripts/benchmark.sh, issue #19): wrk with one
-- connection per thread (-t N -c N), each thread a customer signed up beforehand with curl,
-- looping over the three requests of a checkout:
--   POST /cart/lines (one unit of a random offering)  -> 302
--   GET /checkout (its CSRF field and checkout token)  -> 200
--   POST /checkout (mode=all)                          -> 302 to /orders/<id>: one checkout
-- Anything else counts as a failure and the loop starts again with the next add to cart.
-- Environment: CHECKOUT_CUSTOMERS (a file, one "SESSION-cookie CSRF-token" line per
-- thread) and CHECKOUT_OFFERINGS (a file, one offering id per line). At the end it prints
-- "wrk-checkouts <succeeded> <failed> <requests> <seconds>".

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local threads = {}
local customers = lines(os.getenv("CHECKOUT_CUSTOMERS"))

function setup(thread)
  local index = #threads + 1
  local customer = customers[index]
  if customer == nil then error("more wrk threads than customers in " .. os.getenv("CHECKOUT_CUSTOMERS")) end
  local session, csrf = customer:match("^(%S+)%s+(%S+)$")
  thread:set("session", session)
  thread:set("csrf", csrf)
  thread:set("id", index)
  threads[index] = thread
end

-- Per thread (one connection each): its customer, where it is in the checkout, counters.
local offerings, headers, form_csrf, token, step
succeeded, failed = 0, 0

function init(args)
  offerings = lines(os.getenv("CHECKOUT_OFFERINGS"))
  math.randomseed(os.time() * 1000 + id)
  headers = {
    ["Cookie"] = "SESSION=" .. session,
    ["Accept"] = "text/html",
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  form_csrf = csrf
  step = "add"
end

function request()
  if step == "add" then
    local offering = offerings[math.random(#offerings)]
    return wrk.format("POST", "/cart/lines", headers,
      "_csrf=" .. urlencode(form_csrf) .. "&offering=" .. offering .. "&quantity=1")
  elseif step == "page" then
    return wrk.format("GET", "/checkout", headers)
  else
    return wrk.format("POST", "/checkout", headers,
      "_csrf=" .. urlencode(form_csrf) .. "&token=" .. urlencode(token) .. "&mode=all")
  end
end

function response(status, response_headers, body)
  if step == "add" then
    if status == 302 then step = "page" else failed = failed + 1 end
  elseif step == "page" then
    local page_csrf = body and body:match('name="_csrf"%s+value="([^"]+)"')
    token = body and body:match('name="token"%s+value="([^"]+)"')
    if status == 200 and page_csrf and token then
      form_csrf = page_csrf
      step = "place"
    else
      failed = failed + 1
      step = "add"
    end
  else
    local location = response_headers["Location"] or response_headers["location"] or ""
    if status == 302 and location:find("/orders/%d+") then
      succeeded = succeeded + 1
    else
      failed = failed + 1
    end
    step = "add"
  end
end

function done(summary, latency, requests)
  local ok, ko = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("succeeded")
    ko = ko + thread:get("failed")
  end
  io.write(string.format("wrk-checkouts %d %d %d %.3f\n", ok, ko, summary.requests, summary.duration / 1e6))
end
