-- GET /houses/{id} over every id from 1 to the first argument (default 10000), each wrk thread on its own ids.
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
  houses = tonumber(args[1] or "10000")
  counter = id
end

function request()
  local house = counter % houses + 1
  counter = counter + stride
  return wrk.format("GET", "/api/v1.0/houses/" .. house)
end
