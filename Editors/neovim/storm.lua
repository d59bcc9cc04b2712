-- Storm in Neovim: put this file in ~/.config/nvim/plugin/ (or require it from init.lua).
-- Detects .storm files and starts one `stormc lsp` per model folder (a folder is one model).
-- Neovim 0.7 and later; highlighting comes from the server's semantic tokens (Neovim 0.9 and later).
-- Set vim.g.stormc_path to use a stormc that is not on PATH.
vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, { pattern = "*.storm", command = "setfiletype storm" })

local clients = {} -- model folder -> client id, for Neovim 0.7, which has no vim.lsp.start

vim.api.nvim_create_autocmd("FileType", {
  pattern = "storm",
  callback = function(event)
    vim.bo[event.buf].commentstring = "// %s"
    local config = {
      name = "stormc",
      cmd = { vim.g.stormc_path or "stormc", "lsp" },
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(event.buf), ":p:h"),
    }
    if vim.lsp.start then
      vim.lsp.start(config)
      return
    end
    local id = clients[config.root_dir]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client(config)
      clients[config.root_dir] = id
    end
    if id then vim.lsp.buf_attach_client(event.buf, id) end
  end,
})
