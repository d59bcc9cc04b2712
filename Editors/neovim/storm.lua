-- Storm in Neovim: put this file in ~/.config/nvim/plugin/ (or require it from init.lua).
-- Detects .storm files and starts `stormc lsp` for each model folder. Neovim 0.8 or later
-- (0.7: see Docs/Editors.md). Highlighting comes from the server's semantic tokens (Neovim 0.9+).
vim.filetype.add({ extension = { storm = "storm" } })

vim.api.nvim_create_autocmd("FileType", {
  pattern = "storm",
  callback = function(event)
    vim.bo[event.buf].commentstring = "// %s"
    vim.lsp.start({
      name = "stormc",
      cmd = { "stormc", "lsp" },
      -- A folder is one model: one server per folder of .storm files.
      root_dir = vim.fs.dirname(vim.api.nvim_buf_get_name(event.buf)),
    })
  end,
})
