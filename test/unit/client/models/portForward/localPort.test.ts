// Local port choice: the pod's port when it can be bound, 8080 for 80 (not "permission denied"),
// the next free one when busy.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  chooseLocalPort,
  localPortCandidates,
  probeLocalPort,
  type PortAvailability,
} from '../../../../../client/src/models/portForward/localPort';
import { parseRemotePort, podPorts } from '../../../../../client/src/models/portForward/podPorts';

/** A fake machine: ports listed as busy are taken, everything else is free. */
function machine(busy: readonly number[]): (port: number) => Promise<PortAvailability> {
  return (port) => Promise.resolve(busy.includes(port) ? 'busy' : 'free');
}

const noFallback = (): Promise<number> => Promise.reject(new Error('should not need any free port'));

describe('chooseLocalPort', () => {
  it("keeps the pod's port when it is unprivileged and free", async () => {
    assert.deepEqual(await chooseLocalPort(8080, machine([]), noFallback), { port: 8080, reason: 'same' });
  });

  it('suggests 8080 for port 80 and 8443 for 443, instead of a port that needs root', async () => {
    assert.deepEqual(await chooseLocalPort(80, machine([]), noFallback), { port: 8080, reason: 'privileged' });
    assert.deepEqual(await chooseLocalPort(443, machine([]), noFallback), { port: 8443, reason: 'privileged' });
  });

  it('takes the next free port when the suggestion or the same port is busy', async () => {
    assert.deepEqual(await chooseLocalPort(80, machine([8080, 8081]), noFallback), { port: 8082, reason: 'privileged' });
    assert.deepEqual(await chooseLocalPort(3000, machine([3000]), noFallback), { port: 3001, reason: 'busy' });
  });

  it('falls back to any free port when all nearby ones are taken', async () => {
    const all = localPortCandidates(5000);
    assert.deepEqual(await chooseLocalPort(5000, machine(all), () => Promise.resolve(40123)), { port: 40123, reason: 'busy' });
  });

  it('never suggests a privileged or out-of-range port', () => {
    for (const remote of [1, 22, 80, 1023, 1024, 65530]) {
      for (const port of localPortCandidates(remote)) assert.ok(port >= 1024 && port <= 65535, `${remote} → ${port}`);
    }
  });
});

describe('probeLocalPort on this machine', () => {
  let server: Server;
  let port = 0;
  before(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  after(() => {
    server.close();
  });

  it('sees a port another program listens on as busy', async () => {
    assert.equal(await probeLocalPort(port), 'busy');
    const choice = await chooseLocalPort(port);
    assert.notEqual(choice.port, port);
    assert.equal(await probeLocalPort(choice.port), 'free');
  });

  it('sees port 80 as denied unless this user may bind it', async (t) => {
    const result = await probeLocalPort(80);
    if (result !== 'denied') t.skip(`this user may bind port 80 here (${result})`);
    else assert.equal(result, 'denied');
  });
});

describe('podPorts', () => {
  const pod = {
    spec: {
      initContainers: [
        { name: 'proxy', restartPolicy: 'Always', ports: [{ name: 'admin', containerPort: 9901 }] },
        { name: 'init', ports: [{ containerPort: 1 }] },
      ],
      containers: [
        {
          name: 'web',
          ports: [
            { name: 'http', containerPort: 80 },
            { containerPort: 53, protocol: 'UDP' },
          ],
        },
        { name: 'side' },
      ],
    },
  };

  it('lists the ports of app containers and sidecars with names, containers and protocols', () => {
    assert.deepEqual(podPorts(pod), [
      { port: 80, name: 'http', container: 'web', protocol: 'TCP' },
      { port: 53, container: 'web', protocol: 'UDP' },
      { port: 9901, name: 'admin', container: 'proxy', protocol: 'TCP' },
    ]);
  });

  it('reads a typed port number or a port name', () => {
    assert.equal(parseRemotePort(pod, '8080'), 8080);
    assert.equal(parseRemotePort(pod, ' http '), 80);
    assert.equal(parseRemotePort(pod, 'admin'), 9901);
    assert.equal(parseRemotePort(pod, 'nope'), undefined);
    assert.equal(parseRemotePort(pod, '70000'), undefined);
    assert.equal(parseRemotePort(pod, '0'), undefined);
  });
});
