-- What the wrk scripts share. Each wrk thread walks its own residue class of one counter (thread index, index +
-- thread count, ...), so that no two requests of a run get the same number, whatever the number of threads.
local common = {}

local threads = {}
local counter
local now = os.time()

-- Runs in wrk's main state: every thread learns its index and the number of threads (the last call tells them all).
function common.setup(thread)
  table.insert(threads, thread)
  for index, each in ipairs(threads) do
    each:set("thread_index", index - 1)
    each:set("thread_count", #threads)
  end
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

return common
