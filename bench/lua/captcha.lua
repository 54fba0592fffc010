-- GET /captchas/{id} with a new id on every request: each renders a PNG and stores its text in the store.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init()
  run = string.format("%x", os.time())
end

function request()
  return wrk.format("GET", string.format("/api/v1.0/captchas/bench-%s-%d", run, common.next_number()))
end
