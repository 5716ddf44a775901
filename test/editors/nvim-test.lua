-- Neovim 0.7 (headless) as an LSP client of `report-lint --stdio`: diagnostics after open and after edits,
-- UTF-16 positions on a line with Chinese text and an emoji, incremental sync, document symbols.
-- Run: nvim --headless -u NONE -c 'luafile test/editors/nvim-test.lua'   (exit code 0 only if all checks pass)
-- Prints one PASS/FAIL line per check and a final RESULT line.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h')
local root = vim.fn.fnamemodify(here .. '/../..', ':p'):gsub('/$', '')
local t0 = vim.loop.hrtime()
local function ms() return string.format('%.0f', (vim.loop.hrtime() - t0) / 1e6) end
-- print() in --headless goes to stderr without newlines: write to stdout ourselves.
local function out(s) io.stdout:write(s .. '\n') end
local passed, failed = 0, 0
local function check(cond, what)
  out((cond and 'PASS ' or 'FAIL ') .. what)
  if cond then passed = passed + 1 else failed = failed + 1 end
end

local function main()
  -- Work on a copy: the test edits the buffer.
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local file = dir .. '/report.md'
  vim.fn.writefile(vim.fn.readfile(here .. '/report.md'), file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown' -- -u NONE: no filetype detection; languageId = filetype

  local publishes = 0
  local orig = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    publishes = publishes + 1
    return orig(err, result, ctx, config)
  end

  local exited, exit_code = false, nil
  local client_id = vim.lsp.start_client({
    name = 'report-lint',
    cmd = { 'node', root .. '/bin/report-lint.js', '--stdio' },
    root_dir = dir,
    settings = { reportLint = { debounceMs = 50 } },
    on_exit = function(code) exited, exit_code = true, code end,
  })
  check(client_id ~= nil, 'start_client')
  if not client_id then return end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function diags()
    local ds = vim.diagnostic.get(bufnr)
    table.sort(ds, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    return ds
  end
  local function dump(label)
    local ds = diags()
    out(string.format('--- %s (t=%sms): %d diagnostics', label, ms(), #ds))
    for _, d in ipairs(ds) do
      out('  ' .. vim.json.encode({ lnum = d.lnum, col = d.col, end_col = d.end_col, code = d.code, message = d.message }))
    end
    return ds
  end
  local function wait_for(after, pred)
    return vim.wait(15000, function() return publishes > after and pred(diags()) end, 10)
  end
  local function count(code)
    return function(ds)
      local n = 0
      for _, d in ipairs(ds) do if d.code == code then n = n + 1 end end
      return n
    end
  end

  -- 1. After open: two placeholders; the second sits after 😀 and 中文.
  check(wait_for(0, function(ds) return #ds == 2 end), 'two diagnostics after open')
  local d = dump('after open')
  check(d[1] and d[1].code == 'placeholder' and d[1].source == 'report-lint'
    and d[1].severity == vim.diagnostic.severity.WARN, 'code placeholder, source report-lint, severity WARN')
  check(d[1] and d[1].message:find('未填写的占位符“*次”', 1, true) ~= nil, 'Chinese message naming “*次”')
  -- line 7 '组织专题学习*次。': UTF-16 char 6 = byte 18
  check(d[1] and d[1].lnum == 6 and d[1].col == 18 and d[1].end_col == 19, '“*” at line 6, bytes 18..19 (UTF-16 6..7)')
  -- line 11 '😀中文**件，待补。': UTF-16 char 4 (😀 is a surrogate pair) = byte 10 (4 + 3 + 3)
  check(d[2] and d[2].lnum == 10 and d[2].col == 10 and d[2].end_col == 12, '“**” after 😀中文 at bytes 10..12 (UTF-16 4..6)')
  local line = vim.api.nvim_buf_get_lines(bufnr, 10, 11, false)[1]
  check(d[2] and line:sub(d[2].col + 1, d[2].end_col) == '**', 'the range covers exactly “**”')

  -- 2. Edit: fill the first placeholder.
  local p = publishes
  vim.api.nvim_buf_set_lines(bufnr, 6, 7, false, { '组织专题学习4次。' })
  check(wait_for(p, function(ds) return #ds == 1 end), 'one diagnostic after filling “*次”')

  -- 3. Incremental sync inside the emoji line: insert “X” between 中文 and **.
  p = publishes
  vim.api.nvim_buf_set_text(bufnr, 10, 10, 10, 10, { 'X' })
  check(wait_for(p, function(ds) return #ds == 1 and ds[1].col == 11 end), 'placeholder moved to byte 11 (UTF-16 5)')
  d = dump('after inserting X')

  -- 4. Edit: delete the “## 二、存在的问题” section → a required-section warning at “## 三、下一步打算”.
  p = publishes
  vim.api.nvim_buf_set_lines(bufnr, 8, 11, false, {})
  check(wait_for(p, function(ds) return count('required-section')(ds) == 1 end), 'required-section after deleting a section')
  d = dump('after deleting 二、存在的问题')
  local req
  for _, x in ipairs(d) do if x.code == 'required-section' then req = x end end
  check(req and req.severity == vim.diagnostic.severity.WARN and req.message:find('「存在的问题」部分缺失', 1, true) ~= nil,
    'WARN with a Chinese message naming 「存在的问题」')
  check(req and vim.api.nvim_buf_get_lines(bufnr, req.lnum, req.lnum + 1, false)[1] == '## 三、下一步打算',
    'reported on the heading it should precede')
  -- Undo the deletion for the symbol checks.
  p = publishes
  vim.api.nvim_buf_set_lines(bufnr, 8, 8, false, { '## 二、存在的问题', '', '😀中文X**件，待补。', '' })
  check(wait_for(p, function(ds) return count('required-section')(ds) == 0 end), 'required-section gone after restoring it')

  -- 5. Document symbols (buf_request_sync flushes pending changes first).
  local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol',
    { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, 10000)
  local syms = resp and resp[client_id] and resp[client_id].result or {}
  out('--- documentSymbol')
  for _, s in ipairs(syms) do out('  ' .. vim.json.encode({ name = s.name, range = s.range, selectionRange = s.selectionRange })) end
  local names = {}
  for _, s in ipairs(syms) do names[#names + 1] = s.name end
  check(table.concat(names, '|') == '一、主要做法和取得成效|二、存在的问题|三、下一步打算', 'three section symbols in order')
  -- '## 二、存在的问题' is 10 UTF-16 code units (24 bytes).
  check(syms[2] and syms[2].selectionRange.start.line == 8 and syms[2].selectionRange['end'].character == 10,
    'symbol range in UTF-16: “## 二、存在的问题” ends at character 10')

  -- 6. Clean shutdown.
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return exited end, 10)
  check(exited and exit_code == 0, 'server exits after shutdown (code ' .. tostring(exit_code) .. ')')
end

-- A Lua error under -c 'luafile …' leaves headless nvim waiting forever: catch it.
local ok, err = xpcall(main, debug.traceback)
if not ok then out('FAIL Lua error: ' .. tostring(err)); failed = failed + 1 end
out(string.format('RESULT neovim: %d passed, %d failed (%sms)', passed, failed, ms()))
io.stdout:flush()
if failed == 0 then vim.cmd('qall!') else vim.cmd('cquit 1') end
