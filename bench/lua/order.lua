-- POST /orders: 1-night stays, each on a (house, night) pair that no other request uses, by signed-in guests in turn
-- (common.bookings). Arguments: a file of house ids that take a 1-night stay; a file of guests,
-- "<Cookie header>\t<X-CSRF-Token>" a line; the first night, in days from today.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  book = common.bookings(args)
end

function request()
  return book(common.next_number())
end
