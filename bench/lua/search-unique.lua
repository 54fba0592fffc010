-- GET /houses with a district and dates that no earlier request of the run asked for, so that no cache can answer
-- (common.unique_search: 51,100 distinct searches before one repeats). Arguments: sort, page.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  sort = args[1] or "new"
  page = args[2] or "1"
end

function request()
  return wrk.format("GET", common.unique_search(common.next_number(), sort, page))
end
