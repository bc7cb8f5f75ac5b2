// The Pacta extension's language client: starts `pacta lsp --stdio` for `.pacta` files (the
// server is the pacta binary itself; `pacta.path` names it when it is not on PATH). The
// grammar and language configuration work without it; see README.md, "Language server".
'use strict';

const vscode = require('vscode');

let client;

function activate(context) {
  let languageclient;
  try {
    languageclient = require('vscode-languageclient/node');
  } catch (e) {
    vscode.window.showWarningMessage(
        'Pacta: the language client is not installed (run `npm install --omit=dev` in the extension folder); ' +
        'highlighting works, diagnostics and navigation do not.');
    return;
  }
  const command = vscode.workspace.getConfiguration('pacta').get('path') || 'pacta';
  const server = { command, args: ['lsp', '--stdio'] };
  client = new languageclient.LanguageClient(
      'pacta', 'Pacta language server', { run: server, debug: server },
      { documentSelector: [{ scheme: 'file', language: 'pacta' }] });
  context.subscriptions.push(client);
  client.start().catch((e) => {
    vscode.window.showErrorMessage(`Pacta: cannot start '${command} lsp': ${e.message}. Set pacta.path.`);
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
