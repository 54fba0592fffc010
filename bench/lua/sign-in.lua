-- POST /sessions as each seeded user in turn. Arguments: a file of phone numbers, the password, the Cookie header
-- and the X-CSRF-Token of an anonymous client. wrk keeps no cookies, so every request signs in anew as anonymous.
package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
local common = require("common")
setup = common.setup

function init(args)
  phones = common.read_lines(args[1])
  password = args[2]
  headers = { ["Content-Type"] = "application/json", ["Cookie"] = args[3], ["X-CSRF-Token"] = args[4] }
end

function request()
  local phone = phones[common.next_number() % #phones + 1]
  return wrk.format("POST", "/api/v1.0/sessions", headers,
    string.format('{"phone":"%s","password":"%s"}', phone, password))
end
