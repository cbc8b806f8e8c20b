// Allocates memory steadily (16 MiB every 20 ms) until MEMHOG_MAX_MB, to trip a memory limit.
const max = Number(process.env.MEMHOG_MAX_MB ?? 4096);
const chunks: Buffer[] = [];

function grow(): void {
  if (chunks.length * 16 >= max) return;
  // Filling the buffer makes the pages resident, so RSS really grows.
  chunks.push(Buffer.alloc(16 * 1024 * 1024, 1));
  process.stdout.write(`allocated ${chunks.length * 16} MiB\n`);
}

process.stdout.write('memhog: starting\n');
setInterval(grow, 20);

export {};
