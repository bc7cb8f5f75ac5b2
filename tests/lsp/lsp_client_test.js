// The language server through a real LSP client library (vscode-languageserver-protocol and
// vscode-jsonrpc from npm): a scripted exchange with `pacta lsp` over a temporary copy of
// tests/lsp/data/workspace. Usage: node lsp_client_test.js PATH_TO_PACTA
// Exit 0 passed, 1 failed, 77 skipped (node packages not installed).
'use strict';

const { load, fail, finish } = require('../support/js_harness');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { pathToFileURL } = require('url');

const protocol = load('vscode-languageserver-protocol/node');
load('vscode-jsonrpc');

const pacta = process.argv[2];
if (!pacta || !fs.existsSync(pacta)) {
  console.log(`usage: node lsp_client_test.js PATH_TO_PACTA (got '${pacta}')`);
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(message);
  return condition;
}

function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// The position of `needle` (plus `shift` characters) in `text`; ASCII text only.
function positionOf(text, needle, shift = 0) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' not in the text`);
  const before = text.slice(0, at + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const samePosition = (a, b) => !!a && !!b && a.line === b.line && a.character === b.character;
const sameRange = (a, b) => !!a && !!b && samePosition(a.start, b.start) && samePosition(a.end, b.end);

function offsetOf(text, pos) {
  const lines = text.split('\n');
  let offset = 0;
  for (let l = 0; l < pos.line; l++) offset += lines[l].length + 1;
  return offset + pos.character;
}

function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  for (const e of sorted)
    text = text.slice(0, offsetOf(text, e.range.start)) + e.newText + text.slice(offsetOf(text, e.range.end));
  return text;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacta-lsp-'));
  fs.cpSync(path.join(__dirname, 'data', 'workspace'), dir, { recursive: true });
  const uriOf = (name) => pathToFileURL(path.join(dir, name)).href;
  const instrumentsUri = uriOf('instruments.pacta');
  const obligationsUri = uriOf('obligations.pacta');
  const obligations = fs.readFileSync(path.join(dir, 'obligations.pacta'), 'utf8');

  const server = spawn(pacta, ['lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  let raw = '';  // everything the server wrote, to see answers the client library does not surface
  server.stdout.on('data', (d) => { raw += d; });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));

  const connection = protocol.createProtocolConnection(
      new protocol.StreamMessageReader(server.stdout), new protocol.StreamMessageWriter(server.stdin));
  const diagnostics = new Map();
  const waiters = [];
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const w of [...waiters]) if (w.uri === params.uri && w.test(params.diagnostics)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(params.diagnostics);
    }
  });
  connection.onError(([e]) => fail(`connection error: ${e && e.message}`));
  // The server asks the editor to watch rule files for it (client/registerCapability).
  let registered;
  const registration = new Promise((resolve) => { registered = resolve; });
  connection.onRequest(protocol.RegistrationRequest.type, (params) => {
    registered(params.registrations);
    return null;
  });
  connection.listen();
  const diagnosticsFor = (uri, test) => within(10000, new Promise((resolve) => {
    const now = diagnostics.get(uri);
    if (now && test(now)) return resolve(now);
    waiters.push({ uri, test, resolve });
  }), `diagnostics of ${uri}`);

  // initialize: the capabilities the editor relies on.
  const init = await connection.sendRequest(protocol.InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(dir).href,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'workspace' }],
  });
  const caps = init.capabilities;
  for (const c of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider',
                   'documentSymbolProvider', 'workspaceSymbolProvider', 'documentFormattingProvider'])
    check(caps[c] === true, `capability ${c}: ${JSON.stringify(caps[c])}`);
  check(caps.textDocumentSync && caps.textDocumentSync.change === protocol.TextDocumentSyncKind.Full,
        `textDocumentSync: ${JSON.stringify(caps.textDocumentSync)}`);
  check(caps.completionProvider && caps.completionProvider.triggerCharacters.includes('('),
        `completionProvider: ${JSON.stringify(caps.completionProvider)}`);
  connection.sendNotification(protocol.InitializedNotification.type, {});
  const watch = await within(10000, registration, 'the file watchers registration');
  check(watch.length === 1 && watch[0].method === protocol.DidChangeWatchedFilesNotification.method &&
        watch[0].registerOptions.watchers[0].globPattern === '**/*.pacta',
        `registration: ${JSON.stringify(watch)}`);

  // A file opened with an error: its diagnostic, code and range.
  const broken = obligations.replace('ratified(UNTOC)', 'ratified(UNTCO)');
  connection.sendNotification(protocol.DidOpenTextDocumentNotification.type,
      { textDocument: { uri: obligationsUri, languageId: 'pacta', version: 1, text: broken } });
  const errors = await diagnosticsFor(obligationsUri, (d) => d.length > 0);
  const wrong = positionOf(broken, 'UNTCO');
  if (check(errors.length === 1, `one diagnostic expected, got ${JSON.stringify(errors)}`)) {
    check(errors[0].code === 'S001', `code S001 expected, got ${errors[0].code}`);
    check(errors[0].severity === protocol.DiagnosticSeverity.Error, `severity ${errors[0].severity}`);
    check(sameRange(errors[0].range, { start: wrong, end: { line: wrong.line, character: wrong.character + 5 } }),
          `range ${JSON.stringify(errors[0].range)}, expected to cover 'UNTCO' at ${JSON.stringify(wrong)}`);
  }

  // Fixed by a change: the diagnostics are cleared.
  connection.sendNotification(protocol.DidChangeTextDocumentNotification.type,
      { textDocument: { uri: obligationsUri, version: 2 }, contentChanges: [{ text: obligations }] });
  await diagnosticsFor(obligationsUri, (d) => d.length === 0);

  // A rule file written on disk, then deleted (as a checkout would): its diagnostics come and go.
  const extra = path.join(dir, 'extra.pacta');
  const extraUri = uriOf('extra.pacta');
  const watched = (type) => connection.sendNotification(protocol.DidChangeWatchedFilesNotification.type,
                                                        { changes: [{ uri: extraUri, type }] });
  fs.writeFileSync(extra, 'obligation EXTRA { require party(NOPE) }\n');
  watched(protocol.FileChangeType.Created);
  const extraErrors = await diagnosticsFor(extraUri, (d) => d.length > 0);
  check(extraErrors[0].code === 'S001', `a file created on disk is checked: ${JSON.stringify(extraErrors)}`);
  fs.rmSync(extra);
  watched(protocol.FileChangeType.Deleted);
  await diagnosticsFor(extraUri, (d) => d.length === 0);

  const untoc = { textDocument: { uri: obligationsUri }, position: positionOf(obligations, 'ratified(UNTOC)', 11) };

  // Hover on a name: kind, title, source, where declared.
  const hover = await connection.sendRequest(protocol.HoverRequest.type, untoc);
  const text = hover && hover.contents && hover.contents.value || '';
  for (const part of ['instrument', 'Convention against Transnational Organized Crime', 'UNTS vol. 2225, p. 209',
                      'adopted 2000-11-15', 'instruments.pacta:3'])
    check(text.includes(part), `hover should mention '${part}': ${JSON.stringify(text)}`);
  // Hover on a predicate: its meaning from SPEC.md.
  const pred = await connection.sendRequest(protocol.HoverRequest.type,
      { textDocument: { uri: obligationsUri }, position: positionOf(obligations, 'joined(', 2) });
  check(pred && /joined on or before D/.test(pred.contents.value), `predicate hover: ${JSON.stringify(pred)}`);

  // Definition: the declaration in the other file.
  const definition = await connection.sendRequest(protocol.DefinitionRequest.type, untoc);
  const instruments = fs.readFileSync(path.join(dir, 'instruments.pacta'), 'utf8');
  const declared = positionOf(instruments, 'instrument UNTOC', 11);
  check(Array.isArray(definition) && definition.length === 1 && definition[0].uri === instrumentsUri &&
        samePosition(definition[0].range.start, declared),
        `definition: ${JSON.stringify(definition)}, expected ${instrumentsUri} at ${JSON.stringify(declared)}`);

  // References: the declaration, `supplements UNTOC`, party(UNTOC) and ratified(UNTOC).
  const references = await connection.sendRequest(protocol.ReferencesRequest.type,
      { ...untoc, context: { includeDeclaration: true } });
  check(references && references.length === 4, `4 references expected: ${JSON.stringify(references)}`);

  // Rename: one edit per reference, in both files; a name already taken is refused.
  const edit = await connection.sendRequest(protocol.RenameRequest.type, { ...untoc, newName: 'PALERMO' });
  const changes = (edit && edit.changes) || {};
  const edited = Object.values(changes).reduce((n, list) => n + list.length, 0);
  check(edited === 4 && changes[instrumentsUri] && changes[obligationsUri],
        `rename should edit the 4 references in both files: ${JSON.stringify(edit)}`);
  for (const r of references || []) {
    const hit = (changes[r.uri] || []).some((e) => sameRange(e.range, r.range) && e.newText === 'PALERMO');
    check(hit, `rename misses the reference ${JSON.stringify(r)}`);
  }
  const renamed = applyEdits(obligations, changes[obligationsUri] || []);
  check(!renamed.includes('(UNTOC)') && renamed.includes('party(PALERMO)'), `renamed text: ${renamed}`);
  let refused = null;
  try {
    await connection.sendRequest(protocol.RenameRequest.type, { ...untoc, newName: 'TIP_PROTOCOL' });
  } catch (e) {
    refused = e;
  }
  check(refused && /already declared/.test(refused.message), `rename to a taken name should be refused: ${refused}`);

  // Formatting: the edits give what `pacta fmt` prints.
  const edits = await connection.sendRequest(protocol.DocumentFormattingRequest.type,
      { textDocument: { uri: obligationsUri }, options: { tabSize: 2, insertSpaces: true } });
  const fmt = spawnSync(pacta, ['fmt', path.join(dir, 'obligations.pacta')], { encoding: 'utf8' });
  check(fmt.status === 0, `pacta fmt failed: ${fmt.stderr}`);
  check(Array.isArray(edits) && edits.length > 0, `formatting edits expected (the file is not formatted): ${JSON.stringify(edits)}`);
  check(applyEdits(obligations, edits || []) === fmt.stdout, 'formatting edits differ from pacta fmt output');

  // Completion after `party(`: the instruments, not the mechanism.
  const completion = await connection.sendRequest(protocol.CompletionRequest.type,
      { textDocument: { uri: obligationsUri }, position: positionOf(obligations, 'party(', 6) });
  const labels = (completion && completion.items || []).map((i) => i.label);
  check(labels.includes('UNTOC') && labels.includes('TIP_PROTOCOL') && !labels.includes('UNTOC_RM'),
        `completion after party(: ${JSON.stringify(labels)}`);

  // Symbols of a document and of the workspace.
  const symbols = await connection.sendRequest(protocol.DocumentSymbolRequest.type, { textDocument: { uri: instrumentsUri } });
  check(JSON.stringify((symbols || []).map((s) => s.name)) === JSON.stringify(['UNTOC', 'TIP_PROTOCOL', 'UNTOC_RM', 'LAC']),
        `document symbols: ${JSON.stringify(symbols)}`);
  const found = await connection.sendRequest(protocol.WorkspaceSymbolRequest.type, { query: 'untoc' });
  check(JSON.stringify((found || []).map((s) => s.name).sort()) === JSON.stringify(['UNTOC', 'UNTOC_REVIEW', 'UNTOC_RM']),
        `workspace symbols: ${JSON.stringify(found)}`);

  // Malformed input: an unknown method, and bytes that are not JSON; the server answers and goes on.
  let unknown = null;
  try {
    await connection.sendRequest('pacta/noSuchMethod', {});
  } catch (e) {
    unknown = e;
  }
  check(unknown && unknown.code === -32601, `unknown method: ${unknown && unknown.code}`);
  server.stdin.write('Content-Length: 9\r\n\r\n{bad json');
  const after = await within(10000, connection.sendRequest(protocol.WorkspaceSymbolRequest.type, { query: 'LAC' }),
                             'an answer after a malformed message');
  check(/"code":-32700/.test(raw), 'a parse error (-32700) answers the malformed message');
  check(after && after.length === 1, `the server answers after a malformed message: ${JSON.stringify(after)}`);

  // shutdown, exit: exit code 0.
  await connection.sendRequest(protocol.ShutdownRequest.type);
  connection.sendNotification(protocol.ExitNotification.type);
  const code = await within(10000, exited, 'the server to exit');
  check(code === 0, `exit code ${code} after shutdown and exit; stderr: ${stderr}`);
  connection.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(finish, (e) => {
  fail(e.stack || String(e));
  finish();
});
