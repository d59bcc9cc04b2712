-- Headless Neovim against `stormc lsp`: open a bundled model's file, introduce a typo, wait for Storm's
-- diagnostic, apply its quick fix and check the buffer. Run by NeovimTests.swift:
--   STORMC=… MODEL=… nvim --headless --clean -c "luafile quickfix.lua"
-- Exits 0 when every step passed; otherwise prints FAIL: … and exits 1. Works with Neovim 0.7 and later.
local stormc, model = os.getenv("STORMC"), os.getenv("MODEL")

local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function step()
  vim.cmd("edit " .. vim.fn.fnameescape(model .. "/scoring.storm"))
  local buffer = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({ name = "storm", cmd = { stormc, "lsp" }, root_dir = model })
  if not client_id then return fail("stormc lsp did not start") end
  vim.lsp.buf_attach_client(buffer, client_id)
  if not vim.wait(10000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 20) then return fail("initialize got no answer") end

  -- The typo: `emits TripScored` becomes `emits TripScord`, as if typed.
  local row, column
  for index, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
    local start = line:find("emits TripScored", 1, true)
    if start then row, column = index - 1, start + 5; break end
  end
  if not row then return fail("no `emits TripScored` in scoring.storm") end
  vim.api.nvim_buf_set_text(buffer, row, column, row, column + 10, { "TripScord" })

  local found
  if not vim.wait(10000, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
      if diagnostic.message == "unknown event `TripScord`" then found = diagnostic; return true end
    end
    return false
  end, 20) then return fail("no diagnostic for the typo") end
  if found.lnum ~= row or found.col ~= column then
    return fail(string.format("diagnostic at %d:%d, expected %d:%d", found.lnum, found.col, row, column))
  end

  -- The quick fix, asked for at the diagnostic and applied as an editor applies it.
  local range = { start = { line = row, character = column }, ["end"] = { line = row, character = column + 9 } }
  local params = { textDocument = vim.lsp.util.make_text_document_params(buffer), range = range,
                   context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer, row) } }
  local answers = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", params, 10000)
  local action = answers and answers[client_id] and answers[client_id].result and answers[client_id].result[1]
  if not action then return fail("no quick fix") end
  if action.title ~= "did you mean `TripScored`?" then return fail("quick fix titled " .. tostring(action.title)) end
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")

  local line = vim.api.nvim_buf_get_lines(buffer, row, row + 1, false)[1]
  if not line:find("emits TripScored", 1, true) then return fail("after the fix the line reads: " .. line) end
  if not vim.wait(10000, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
      if diagnostic.severity == vim.diagnostic.severity.ERROR then return false end
    end
    return true
  end, 20) then return fail("the error stayed after the fix") end

  print("PASS: typo diagnosed, quick fix applied, buffer reads: " .. vim.trim(line))
  vim.lsp.stop_client(client_id)
  vim.cmd("qall!")
end

local ok, message = pcall(step)
if not ok then fail(tostring(message)) end
