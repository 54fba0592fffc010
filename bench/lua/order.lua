-- POST /orders: 1-night stays, each on a (house, night) pair that no other request uses, by signed-in guests in turn
-- (common.booking). Arguments: a file of house ids that take a 1-night stay; a file of guests,
-- "<Cookie header>\t<X-CSRF-Token>" a line; the first night, in days from today.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  houses = common.read_lines(args[1])
  guests = common.read_guests(args[2])
  first_night = tonumber(args[3])
end

function request()
  return common.booking(common.next_number(), houses, guests, first_night)
end
