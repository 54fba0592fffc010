-- The bookings of order.lua, one every so many milliseconds per connection (meant for -c1): its arguments, then the
-- milliseconds to wait before each request.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  houses = common.read_lines(args[1])
  guests = common.read_guests(args[2])
  first_night = tonumber(args[3])
  pause = tonumber(args[4])
end

function delay()
  return pause
end

function request()
  return common.booking(common.next_number(), houses, guests, first_night)
end
