// The Storm extension: the grammar and language configuration come from package.json; this starts
// `stormc lsp` for .storm files and stops it with the editor.
const { workspace } = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = workspace.getConfiguration("storm").get("stormcPath") || "stormc";
  client = new LanguageClient(
    "storm",
    "Storm",
    { command, args: ["lsp"], transport: TransportKind.stdio },
    {
      documentSelector: [{ scheme: "file", language: "storm" }, { scheme: "untitled", language: "storm" }],
      synchronize: { fileEvents: workspace.createFileSystemWatcher("**/*.storm") },
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
