-- POST /orders: 1-night stays, each on a (house, night) pair that no other request uses, by signed-in guests in turn.
-- Arguments: a file of house ids that take a 1-night stay; a file of guests, "<Cookie header>\t<X-CSRF-Token>" a
-- line; the first night, in days from today. The house changes fastest, then the night, so a run of N requests
-- books nights from the first night up to N / (number of houses) nights later.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  houses = common.read_lines(args[1])
  guests = {}
  for _, line in ipairs(common.read_lines(args[2])) do
    local cookie, token = line:match("^(.-)\t(.+)$")
    guests[#guests + 1] = { ["Content-Type"] = "application/json", ["Cookie"] = cookie, ["X-CSRF-Token"] = token }
  end
  first_night = tonumber(args[3])
end

function request()
  local n = common.next_number()
  local night = first_night + math.floor(n / #houses)
  return wrk.format("POST", "/api/v1.0/orders", guests[n % #guests + 1],
    string.format('{"houseId":%s,"checkIn":"%s","checkOut":"%s"}', houses[n % #houses + 1],
      common.date(night), common.date(night + 1)))
end
