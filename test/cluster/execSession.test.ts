// Interactive exec sessions against the cluster: the shell's exit code, terminal sizes on the
// resize channel, bash → sh in an image without bash, and bash where the image has it.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../client/src/cluster';
import { clusterExecRunner } from '../../client/src/models/exec/clusterRunner';
import { ExecSession, type SessionEnd } from '../../client/src/models/exec/execSession';
import { withDeadline } from '../helpers/deadline';
import { needsTestServer, startCluster, uniqueName, type ClusterUnderTest } from './harness';
import { containerStatus, waitForObject } from './waitFor';

function sleeper(name: string, image: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'main', image, command: ['sleep', '3600'] }] } };
}

/** A session with everything it printed; `until(text)` waits for output containing text. */
function session(cluster: ClusterUnderTest, pod: string, shells: string[], size = { columns: 80, rows: 24 }) {
  const s = new ExecSession(clusterExecRunner(cluster.api, { namespace: cluster.namespace, pod, container: 'main' }), shells, size);
  let screen = '';
  const fallbacks: string[] = [];
  s.on('output', (text) => (screen += text));
  s.on('fallback', ({ from, to }) => fallbacks.push(`${from}→${to}`));
  const end = new Promise<SessionEnd>((resolve) => s.once('end', resolve));
  const shows = (text: string | RegExp): boolean => (typeof text === 'string' ? screen.includes(text) : text.test(screen));
  const waitFor = async (text: string | RegExp): Promise<void> => {
    while (!shows(text)) {
      const [event] = await Promise.race([once(s, 'output').then(() => ['output']), end.then(() => ['end'])]);
      if (event === 'end' && !shows(text))
        throw new Error(`the session ended before printing ${String(text)}; it printed ${JSON.stringify(screen)}`);
    }
  };
  const until = (text: string | RegExp): Promise<void> =>
    withDeadline(waitFor(text), cluster.patienceMs, `output ${String(text)}; got ${JSON.stringify(screen)}`);
  const ended = (): Promise<SessionEnd> =>
    withDeadline(end, cluster.patienceMs, `the end of the session; it printed ${JSON.stringify(screen)}`);
  return { s, end: ended, until, fallbacks };
}

describe('exec sessions', () => {
  let cluster: ClusterUnderTest;
  const busybox = uniqueName('box');
  const ubuntu = uniqueName('ubuntu');
  before(async () => {
    cluster = await startCluster();
    await cluster.api.applyDocuments([sleeper(busybox, 'busybox'), sleeper(ubuntu, 'ubuntu')].map((object, index) => ({ index, object })));
    for (const name of [busybox, ubuntu]) {
      await waitForObject(cluster.api, 'v1', 'Pod', name, (p) => containerStatus(p)?.state?.running !== undefined, {
        timeoutMs: cluster.patienceMs,
        what: 'running',
      });
    }
  });
  after(async () => {
    await cluster.stop();
  });

  it("ends with the shell's exit code", async () => {
    const { s, end } = session(cluster, busybox, ['sh']);
    s.start();
    s.write('exit 3\n');
    const result = await end();
    assert.equal(result.kind, 'exited');
    assert.equal(result.kind === 'exited' ? result.exitCode : undefined, 3);
  });

  it('falls back from bash to sh in busybox and runs what was typed', async () => {
    const { s, end, until, fallbacks } = session(cluster, busybox, ['bash', 'sh']);
    s.start();
    // The shell's name without its directory ($0 is a full path on the test server).
    s.write('echo "shell=${0##*/}."\n');
    await until('shell=sh.');
    s.write('exit 0\n');
    assert.deepEqual(await end(), { kind: 'exited', shell: 'sh', exitCode: 0 });
    assert.deepEqual(fallbacks, ['bash→sh']);
  });

  it('keeps bash in ubuntu', async () => {
    const { s, end, until, fallbacks } = session(cluster, ubuntu, ['bash', 'sh']);
    s.start();
    s.write('echo "major=${BASH_VERSION%%.*}."\r');
    await until(/major=\d+\./);
    s.write('exit 0\n');
    assert.deepEqual(await end(), { kind: 'exited', shell: 'bash', exitCode: 0 });
    assert.deepEqual(fallbacks, []);
  });

  it('sends the terminal size at start and on every resize', async (t) => {
    if (!needsTestServer(t, cluster, 'it records the sizes the resize channel carries')) return;
    const server = cluster.server;
    const earlier = server.resizes.length;
    const { s, end, until } = session(cluster, busybox, ['sh'], { columns: 100, rows: 30 });
    s.start();
    // The terminal echoes what is typed, and the command's answer follows.
    s.write('echo started\r');
    await until('\r\nstarted\r\n');
    s.resize({ columns: 132, rows: 43 });
    // Frames on one stream arrive in order: once this answer is back, the resize before it was read.
    s.write('echo resized\r');
    await until('\r\nresized\r\n');
    s.write('exit 0\n');
    await end();
    const sizes = server.resizes
      .slice(earlier)
      .filter((r) => r.pod === busybox)
      .map((r) => [r.width, r.height]);
    assert.deepEqual(sizes, [
      [100, 30],
      [132, 43],
    ]);
  });

  it('says which shells it tried when the container has none of them', async () => {
    const { s, end } = session(cluster, busybox, ['bash', 'zsh']);
    s.start();
    const result = await end();
    assert.equal(result.kind, 'no-shell');
    assert.deepEqual(result.kind === 'no-shell' ? result.tried : [], ['bash', 'zsh']);
  });
});
