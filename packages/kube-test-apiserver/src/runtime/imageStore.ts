// "Pulled" images on the node: a directory per image whose bin/ holds what the image contains —
// links to host tools and small launchers for our Node programs. Containers get only that bin/ as
// PATH, so `bash` is missing in busybox exactly as in the real image.
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageDefinition } from './images';

const HOST_PATH = ['/usr/local/bin', '/usr/bin', '/bin'];

function hostTool(name: string): string | undefined {
  for (const dir of HOST_PATH) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export class ImageStore {
  private readonly pulled = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly programDir: string,
  ) {}

  has(reference: string): boolean {
    return this.pulled.has(reference);
  }

  /** The image's bin directory, creating it on first pull. */
  materialize(reference: string, image: ImageDefinition): string {
    const dir = join(this.root, reference.replace(/[^A-Za-z0-9._-]/g, '_'));
    const bin = join(dir, 'bin');
    if (!existsSync(bin)) {
      mkdirSync(bin, { recursive: true });
      for (const tool of image.tools) {
        if (tool === 'node') {
          symlinkSync(process.execPath, join(bin, 'node'));
          continue;
        }
        const host = hostTool(tool);
        if (host) symlinkSync(host, join(bin, tool));
      }
      // The pod's hostname, not the machine's.
      writeFileSync(join(bin, 'hostname'), '#!/bin/sh\necho "$HOSTNAME"\n', { mode: 0o755 });
      for (const entry of image.entrypoint.filter((e) => e.endsWith('entrypoint.sh'))) {
        writeFileSync(join(bin, entry.slice(entry.lastIndexOf('/') + 1)), '#!/bin/sh\nexec "$@"\n', { mode: 0o755 });
      }
      for (const [name, program] of Object.entries(image.programs)) {
        const script = `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(join(this.programDir, `${program}.js`))} "$@"\n`;
        writeFileSync(join(bin, name), script, { mode: 0o755 });
      }
    }
    this.pulled.add(reference);
    return bin;
  }
}

/** Finds an executable in an image's bin directory; absolute paths resolve by their last part. */
export function lookupExecutable(bin: string, command: string): string | undefined {
  const name = command.includes('/') ? command.slice(command.lastIndexOf('/') + 1) : command;
  if (name === '' || name === '.' || name === '..') return undefined;
  const candidate = join(bin, name);
  return existsSync(candidate) ? candidate : undefined;
}
