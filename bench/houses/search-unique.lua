-- GET /houses with a district and dates that no earlier request of the run asked for, so that no cache can answer.
-- Arguments: sort, page. Each wrk thread walks its own residue class of one counter, the district changing fastest,
-- then the stay length, then the check-in day: 10 districts x 14 stay lengths (1 to 14 nights) x 365 check-in days
-- (from tomorrow) = 51,100 distinct searches before one repeats.
local threads = {}

-- Every thread learns its index and the number of threads (the last setup call tells them all).
function setup(thread)
  table.insert(threads, thread)
  for index, each in ipairs(threads) do
    each:set("id", index - 1)
    each:set("stride", #threads)
  end
end

function init(args)
  sort = args[1] or "new"
  page = args[2] or "1"
  counter = id
  today = os.time()
end

function request()
  local n = counter
  counter = counter + stride
  local district = n % 10 + 1
  local nights = math.floor(n / 10) % 14 + 1
  local offset = math.floor(n / 140) % 365 + 1
  local checkIn = os.date("%Y-%m-%d", today + offset * 86400)
  local checkOut = os.date("%Y-%m-%d", today + (offset + nights) * 86400)
  return wrk.format("GET", string.format(
    "/api/v1.0/houses?districtId=%d&checkIn=%s&checkOut=%s&sort=%s&page=%s", district, checkIn, checkOut, sort, page))
end
