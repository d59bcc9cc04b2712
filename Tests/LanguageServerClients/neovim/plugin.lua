-- Headless Neovim with Editors/neovim/storm.lua as its only configuration: opening a .storm file must
-- start `stormc lsp` and bring Storm's diagnostics. Run by LanguageServerClientTests.swift, in Tests/LanguageServerClients:
--   STORMC=… MODEL=… nvim --headless --clean -c "let g:stormc_path = $STORMC" -c "source REPO/Editors/neovim/storm.lua" -c "luafile neovim/plugin.lua"
local model = os.getenv("MODEL")

local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local ok, message = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(model .. "/broken.storm"))
  local buffer = vim.api.nvim_get_current_buf()
  if vim.bo[buffer].filetype ~= "storm" then return fail("filetype is `" .. vim.bo[buffer].filetype .. "`") end
  local found
  if not vim.wait(15000, function()
    for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
      if diagnostic.message:find("unknown event `TripScord`", 1, true) then found = diagnostic; return true end
    end
    return false
  end, 20) then return fail("no diagnostic from stormc lsp") end
  print("PASS: the plugin started stormc lsp: " .. found.message)
  vim.cmd("qall!")
end)
if not ok then fail(tostring(message)) end
