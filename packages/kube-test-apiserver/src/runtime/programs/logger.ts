// Logs a numbered line at a steady pace: LOG_INTERVAL_MS (default 1000), optionally stopping
// after LOG_COUNT lines with LOG_EXIT_CODE.
const interval = Number(process.env.LOG_INTERVAL_MS ?? 1000);
const count = process.env.LOG_COUNT === undefined ? Infinity : Number(process.env.LOG_COUNT);
const exitCode = Number(process.env.LOG_EXIT_CODE ?? 0);
let n = 0;

function tick(): void {
  n++;
  process.stdout.write(`log line ${n}\n`);
  if (n >= count) {
    process.exit(exitCode);
  }
}

tick();
setInterval(tick, interval);
process.on('SIGTERM', () => {
  process.stdout.write('logger: terminating\n');
  process.exit(0);
});

export {};
