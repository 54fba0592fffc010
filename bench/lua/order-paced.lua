-- The bookings of order.lua, one every so many milliseconds per connection (meant for -c1): its arguments, then the
-- milliseconds to wait before each request.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  book = common.bookings(args)
  pause = tonumber(args[4])
end

function delay()
  return pause
end

function request()
  return book(common.next_number())
end
