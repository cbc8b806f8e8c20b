// The tests module of the host activation bench (bench/hostActivation.mjs runs it through
// test/vscode/run.sh): in a real VS Code extension host, opens a YAML Pod as a user would, waits
// for Podwright to activate, and reads the extension host's own performance marks for it
// (code/extHost/{will,did}LoadExtensionCode/ID: requiring dist/extension.js;
// code/extHost/{will,did}ActivateExtension/ID: activate() until its promise settles; the span
// from the first to the last mark also covers the host preparing the extension's context).
// Also which bundles the process has loaded by then (the Kubernetes client should not be one).
// Writes JSON to PODWRIGHT_BENCH_OUT and the run.sh result file to PODWRIGHT_VSCODE_RESULTS.
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const ID = 'podwright.podwright';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';

/** @param {string} file @param {unknown} value */
function write(file, value) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value)}\n`);
}

exports.run = async function run() {
  const out = process.env.PODWRIGHT_BENCH_OUT ?? '';
  const results = process.env.PODWRIGHT_VSCODE_RESULTS ?? '';
  const extension = vscode.extensions.getExtension(ID);
  if (!extension) throw new Error(`${ID} is not installed in this host`);
  const activeBefore = extension.isActive;
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: POD });
  await vscode.window.showTextDocument(document);
  await extension.activate();
  /** @type {{ name: string, startTime: number }[]} */
  const marks = /** @type {any} */ (globalThis).MonacoPerformanceMarks?.getMarks() ?? [];
  /** @param {string} name */
  const at = (name) => marks.find((mark) => mark.name === `code/extHost/${name}/${ID}`)?.startTime;
  const span = (/** @type {string} */ from, /** @type {string} */ to) => {
    const start = at(from);
    const end = at(to);
    return start === undefined || end === undefined ? undefined : end - start;
  };
  // Podwright's own modules in the process (other extensions share require.cache).
  const bundles = Object.keys(require.cache)
    .filter((file) => file.startsWith(extension.extensionPath + path.sep))
    .map((file) => path.relative(extension.extensionPath, file).split(path.sep).join('/'));
  write(out, {
    vscodeVersion: vscode.version,
    activeBefore,
    loadCodeMs: span('willLoadExtensionCode', 'didLoadExtensionCode'),
    activateMs: span('willActivateExtension', 'didActivateExtension'),
    totalMs: span('willLoadExtensionCode', 'didActivateExtension'),
    bundles,
  });
  write(results, { passed: 1, failed: 0 });
};
