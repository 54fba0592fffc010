-- GET /houses with a district and dates that no earlier request of the run asked for, so that no cache can answer.
-- Arguments: sort, page. The district changes fastest, then the stay length, then the check-in day:
-- 10 districts x 14 stay lengths (1 to 14 nights) x 365 check-in days (from tomorrow) = 51,100 distinct searches
-- before one repeats.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  sort = args[1] or "new"
  page = args[2] or "1"
end

function request()
  local n = common.next_number()
  local district = n % 10 + 1
  local nights = math.floor(n / 10) % 14 + 1
  local offset = math.floor(n / 140) % 365 + 1
  return wrk.format("GET", string.format("/api/v1.0/houses?districtId=%d&checkIn=%s&checkOut=%s&sort=%s&page=%s",
    district, common.date(offset), common.date(offset + nights), sort, page))
end
