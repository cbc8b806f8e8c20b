// Choosing the local port of a forward. The same number as the pod's port when that works; not a
// privileged one (< 1024), which a non-root user cannot bind on Linux (`kubectl port-forward
// pod/nginx-pod 80:80` fails with "bind: permission denied"), so 80 suggests 8080 and 443 8443;
// and not a busy one, which suggests the next free port. Only 127.0.0.1 is ever bound.
import { createServer } from 'node:net';

export const PRIVILEGED_BELOW = 1024;
const NEARBY = 20;

export type PortAvailability = 'free' | 'busy' | 'denied';

/** Tries to bind 127.0.0.1:port for a moment. */
export function probeLocalPort(port: number): Promise<PortAvailability> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EACCES' || error.code === 'EPERM' ? 'denied' : 'busy'));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve('free')));
  });
}

/** A port the system has free right now (binds port 0 and reads what it got). */
export function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalPortChoice {
  readonly port: number;
  /** Why it differs from the pod's port, if it does. */
  readonly reason: 'same' | 'privileged' | 'busy';
}

/** The ports to try for a pod port, best first (before falling back to any free port). */
export function localPortCandidates(remotePort: number): number[] {
  const privileged = remotePort < PRIVILEGED_BELOW;
  const first = privileged ? remotePort + 8000 : remotePort;
  const candidates = [first];
  for (let i = 1; i <= NEARBY; i++) candidates.push(first + i);
  return candidates.filter((p) => p >= PRIVILEGED_BELOW && p <= 65535);
}

export async function chooseLocalPort(
  remotePort: number,
  probe: (port: number) => Promise<PortAvailability> = probeLocalPort,
  fallback: () => Promise<number> = anyFreePort,
): Promise<LocalPortChoice> {
  const reason = remotePort < PRIVILEGED_BELOW ? 'privileged' : 'busy';
  for (const port of localPortCandidates(remotePort)) {
    if ((await probe(port)) === 'free') return { port, reason: port === remotePort ? 'same' : reason };
  }
  return { port: await fallback(), reason };
}
