-- GET /houses: 20 popular dated searches in rotation (common.popular_search), which a cache can answer.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function request()
  return wrk.format("GET", common.popular_search(common.next_number()))
end
