-- GET /houses/{id} over every id from 1 to the first argument (default 10000), each wrk thread on its own ids.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  houses = tonumber(args[1] or "10000")
end

function request()
  return wrk.format("GET", "/api/v1.0/houses/" .. common.next_number() % houses + 1)
end
