// Preloaded into measured processes (`node --require bench/probe.cjs …`): tells on stderr which model
// files the process reads (dist/model.json is the base chunk, dist/model-kinds.json the types of the
// other kinds) and, as it exits, its peak resident memory and its CPU time (all threads). Lines start with
// "podwright-bench: " so bench/lspSession.mjs and bench/checkRun.mjs can pick them out.
const fs = require('node:fs');
const nodePath = require('node:path');

const say = (line) => {
  try {
    fs.writeSync(2, `podwright-bench: ${line}\n`);
  } catch {
    // stderr closed: nothing to tell
  }
};

const readFileSync = fs.readFileSync;
fs.readFileSync = /** @type {typeof fs.readFileSync} */ (
  function probedReadFileSync(path, ...rest) {
    const name = typeof path === 'string' ? nodePath.basename(path) : '';
    if (/^model.*\.json$/.test(name)) say(`read ${name}`);
    return readFileSync.call(this, path, ...rest);
  }
);

process.on('exit', () => {
  const usage = process.resourceUsage();
  say(`maxrss ${usage.maxRSS}`);
  say(`cpu ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}`);
});
