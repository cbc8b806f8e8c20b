-- A Neovim 0.7 session against the Podwright language server, driven by test/lsp/neovim.test.ts:
-- `nvim --headless -u NONE -i NONE -c "luafile session.lua"` with the paths in the environment.
-- It uses only what Neovim ships (vim.lsp.start_client, no plugins), the way a user's config
-- would, and writes what it saw as JSON to PODWRIGHT_NVIM_OUT, then quits.
local out_path = assert(os.getenv('PODWRIGHT_NVIM_OUT'))
local server = assert(os.getenv('PODWRIGHT_SERVER'))
local node = assert(os.getenv('PODWRIGHT_NODE'))
local file = assert(os.getenv('PODWRIGHT_FILE'))
local timeout = 20000

local results = { nvim = vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch }

local function finish()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
  vim.cmd('qa!')
end

local function lines(bufnr)
  return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
end

--- A request through Neovim's own client; the result of our one server.
local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  assert(responses, method .. ': ' .. tostring(err))
  for _, response in pairs(responses) do
    assert(not response.err, method .. ': ' .. vim.inspect(response.err))
    return response.result
  end
end

local function diagnostic_codes(bufnr)
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(codes, d.code) end
  return codes
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

local ok, err = xpcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'podwright',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  assert(client_id, 'start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(timeout, function() return client.initialized end, 20), 'the server did not initialize')
  results.definitionProvider = client.server_capabilities.definitionProvider and true or false

  -- 1. Diagnostics arrive for the typo `images:`.
  assert(vim.wait(timeout, function() return has_code(bufnr, 'unknown-field') end, 20), 'no unknown-field diagnostic')
  results.diagnostics = diagnostic_codes(bufnr)

  -- 2. Hover text on `kind`.
  local hover = request(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 1, character = 1 } })
  results.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL

  -- 3. The quick fix for the typo, applied to the buffer as `:lua vim.lsp.buf.code_action()` would.
  local typo
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'unknown-field' then typo = d end
  end
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, typo.lnum)
  local actions = request(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = typo.lnum, character = typo.col }, ['end'] = { line = typo.end_lnum, character = typo.end_col } },
    context = { diagnostics = line_diagnostics },
  }) or {}
  results.actions = {}
  local fix
  for _, action in ipairs(actions) do
    table.insert(results.actions, action.title)
    if not fix and action.edit then fix = action end
  end
  assert(fix, 'no code action with an edit')
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  results.afterFix = lines(bufnr)[typo.lnum + 1]
  results.fixCleared = vim.wait(timeout, function() return not has_code(bufnr, 'unknown-field') end, 20)

  -- 4. Completion on the empty line under the container: plain text, applied as a client would.
  local last = #lines(bufnr) - 1
  local completion = request(bufnr, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = last, character = 6 } })
  local items = completion and (completion.items or completion) or {}
  results.completionCount = #items
  results.snippetItems = {}
  local ports
  for _, item in ipairs(items) do
    local text = item.textEdit and item.textEdit.newText or item.insertText or item.label
    if item.insertTextFormat == 2 or text:find('${', 1, true) then table.insert(results.snippetItems, item.label) end
    if item.label == 'ports' then ports = item end
  end
  assert(ports, 'no ports completion')
  results.portsText = ports.textEdit.newText
  vim.lsp.util.apply_text_edits({ ports.textEdit }, bufnr, client.offset_encoding)
  results.afterCompletion = vim.list_slice(lines(bufnr), last + 1, last + 2)

  -- 5. Go to definition of a volume mount's name, when the server offers definitions.
  if results.definitionProvider then
    local mount = lines(bufnr)
    for i, text in ipairs(mount) do
      -- The last one is the volume mount; the first is the volume it names.
      if text:find('- name: data', 1, true) then results.mountLine = i - 1 end
    end
    local definition = request(bufnr, 'textDocument/definition', { textDocument = { uri = uri }, position = { line = results.mountLine, character = 18 } })
    if definition and definition[1] then definition = definition[1] end
    results.definition = definition or vim.NIL
  end

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end, debug.traceback)

if not ok then results.error = err end
finish()
