-- wrk script of bench/national: every request is the next line of a list file
-- ("<bearer token>\t<path>"), each wrk thread starting at its own offset, so the regulators,
-- filters and pages rotate. usage: wrk ... -s rotate.lua URL -- LISTFILE
local reqs = {}
local i = 0
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 997)
end

function init(args)
  for line in io.lines(args[1]) do
    local tab = line:find("\t", 1, true)
    if tab then
      reqs[#reqs + 1] = wrk.format("GET", line:sub(tab + 1),
                                   { ["Authorization"] = "Bearer " .. line:sub(1, tab - 1) })
    end
  end
  i = (offset or 0) % #reqs
end

function request()
  i = i % #reqs + 1
  return reqs[i]
end
