-- What the wrk scripts share. Each wrk thread walks its own residue class of one counter (thread index, index +
-- thread count, ...), so that no two requests of a run get the same number, whatever the number of threads.
local common = {}

local counter
local now = os.time()
-- How many threads this wrk runs, from bench/lib/measure.sh (load_wrk): wrk starts each thread as soon as setup()
-- has seen it, so setup() cannot tell the threads before it how many came after.
local thread_count = tonumber(os.getenv("WRK_THREADS") or "1")
local threads_seen = 0

-- Runs in wrk's main state, once for each thread before it starts: gives it its index.
function common.setup(thread)
  thread:set("thread_index", threads_seen)
  threads_seen = threads_seen + 1
end

-- The next number of this thread's residue class.
function common.next_number()
  counter = counter and counter + thread_count or thread_index
  return counter
end

-- The date so many days from today, yyyy-mm-dd. UTC, so that consecutive days never repeat or skip one.
function common.date(days)
  return os.date("!%Y-%m-%d", now + days * 86400)
end

-- The non-empty lines of a file, which must have at least one.
function common.read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then
      lines[#lines + 1] = line
    end
  end
  assert(#lines > 0, path .. " has no lines")
  return lines
end

local sorts = { "new", "bookings", "price-asc", "price-desc" }
-- Check-in day and nights of the popular stays.
local popular_stays = { { 30, 3 }, { 37, 2 }, { 45, 5 }, { 60, 7 } }

-- The search path of one district, stay, sort and page.
local function search_path(district, check_in, nights, sort, page)
  return string.format("/api/v1.0/houses?districtId=%d&checkIn=%s&checkOut=%s&sort=%s&page=%s",
    district, common.date(check_in), common.date(check_in + nights), sort, page)
end

-- The n-th of 20 popular searches in rotation, the same 20 on every run of a day: each district 1 to 10 twice, each
-- with one of 4 stays 30 to 60 days ahead and one of the 4 sorts, page 1.
function common.popular_search(n)
  local i = n % 20
  return search_path(i % 10 + 1, popular_stays[i % 4 + 1][1], popular_stays[i % 4 + 1][2],
    sorts[math.floor(i / 5) + 1], "1")
end

-- The n-th of 51,100 distinct searches: the district changes fastest, then the stay length (1 to 14 nights), then
-- the check-in day (from tomorrow, 365 of them).
function common.unique_search(n, sort, page)
  local nights = math.floor(n / 10) % 14 + 1
  return search_path(n % 10 + 1, math.floor(n / 140) % 365 + 1, nights, sort, page)
end

-- The request headers of each signed-in guest of a file of "<Cookie header>\t<X-CSRF-Token>" lines.
function common.read_guests(path)
  local guests = {}
  for _, line in ipairs(common.read_lines(path)) do
    local cookie, token = line:match("^(.-)\t(.+)$")
    guests[#guests + 1] = { ["Content-Type"] = "application/json", ["Cookie"] = cookie, ["X-CSRF-Token"] = token }
  end
  return guests
end

-- The bookings of a run, from the arguments of order.lua (a file of house ids, a file of guests, the first night in
-- days from today): a function whose n-th POST /orders is a 1-night stay on a (house, night) pair no other n uses, by
-- the guests in turn. The house changes fastest, then the night, so n bookings take the nights from the first night
-- up to n / (number of houses) nights later.
function common.bookings(args)
  local houses = common.read_lines(args[1])
  local guests = common.read_guests(args[2])
  local first_night = tonumber(args[3])
  return function(n)
    local night = first_night + math.floor(n / #houses)
    return wrk.format("POST", "/api/v1.0/orders", guests[n % #guests + 1],
      string.format('{"houseId":%s,"checkIn":"%s","checkOut":"%s"}', houses[n % #houses + 1],
        common.date(night), common.date(night + 1)))
  end
end

return common
