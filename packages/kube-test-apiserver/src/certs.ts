// Certificates for the test API server, made with the openssl command at start: a CA, a server
// certificate for 127.0.0.1/localhost, and client certificates (CN = user, O = groups).
// EC P-256 keys keep this fast (tens of milliseconds instead of seconds for RSA).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ClientCertificate {
  readonly user: string;
  readonly certFile: string;
  readonly keyFile: string;
}

export interface Certificates {
  readonly caFile: string;
  readonly ca: Buffer;
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly clients: readonly ClientCertificate[];
}

async function openssl(args: string[]): Promise<void> {
  try {
    await run('openssl', args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`openssl ${args[0] ?? ''} failed (is openssl installed?): ${message}`);
  }
}

async function newKey(file: string): Promise<void> {
  await openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file]);
}

async function signed(dir: string, name: string, subject: string, extensions: string): Promise<void> {
  const key = join(dir, `${name}.key`);
  const csr = join(dir, `${name}.csr`);
  const ext = join(dir, `${name}.ext`);
  await newKey(key);
  await openssl(['req', '-new', '-key', key, '-subj', subject, '-out', csr]);
  await writeFile(ext, extensions);
  await openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    join(dir, 'ca.crt'),
    '-CAkey',
    join(dir, 'ca.key'),
    '-set_serial',
    `0x${randomBytes(8).toString('hex')}`,
    '-days',
    '7',
    '-sha256',
    '-extfile',
    ext,
    '-out',
    join(dir, `${name}.crt`),
  ]);
}

/** Subject for a client certificate: Kubernetes reads the user from CN and groups from O. */
function clientSubject(user: string, groups: readonly string[]): string {
  return `/CN=${user}${groups.map((g) => `/O=${g}`).join('')}`;
}

export async function makeCertificates(
  dir: string,
  clients: readonly { user: string; groups: readonly string[] }[],
): Promise<Certificates> {
  const caKey = join(dir, 'ca.key');
  await newKey(caKey);
  await openssl([
    'req',
    '-x509',
    '-new',
    '-key',
    caKey,
    '-sha256',
    '-days',
    '7',
    '-subj',
    '/CN=podwright-test-ca',
    '-out',
    join(dir, 'ca.crt'),
  ]);
  await signed(
    dir,
    'server',
    '/CN=podwright-apiserver',
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
  );
  const made: ClientCertificate[] = [];
  for (const [index, client] of clients.entries()) {
    const name = `client-${index}`;
    await signed(
      dir,
      name,
      clientSubject(client.user, client.groups),
      'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n',
    );
    made.push({ user: client.user, certFile: join(dir, `${name}.crt`), keyFile: join(dir, `${name}.key`) });
  }
  return {
    caFile: join(dir, 'ca.crt'),
    ca: await readFile(join(dir, 'ca.crt')),
    cert: await readFile(join(dir, 'server.crt')),
    key: await readFile(join(dir, 'server.key')),
    clients: made,
  };
}
