-- A mix of what a site's visitors do, per 100 requests: 35 popular searches (common.popular_search), 35 unique ones
-- (common.unique_search, sort=new, page 1), 20 house details (ids 1 to the fourth argument), 4 featured, 4 districts
-- and 2 bookings (common.bookings). Arguments: those of order.lua, then the number of houses. Each kind walks its own
-- sequence, so the unique searches and the bookings never repeat within a run.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  book = common.bookings(args)
  house_count = tonumber(args[4])
end

-- The kinds, each with how many of every 100 requests it takes and what its k-th request is.
local kinds = {
  { 35, function(k) return wrk.format("GET", common.popular_search(k)) end },
  { 35, function(k) return wrk.format("GET", common.unique_search(k, "new", "1")) end },
  { 20, function(k) return wrk.format("GET", "/api/v1.0/houses/" .. k % house_count + 1) end },
  { 4, function() return wrk.format("GET", "/api/v1.0/houses/featured") end },
  { 4, function() return wrk.format("GET", "/api/v1.0/districts") end },
  { 2, function(k) return book(k) end },
}

function request()
  local n = common.next_number()
  local round, slot = math.floor(n / 100), n % 100
  for _, kind in ipairs(kinds) do
    local share, make = kind[1], kind[2]
    if slot < share then
      return make(round * share + slot)
    end
    slot = slot - share
  end
end
