// Probes as the kubelet runs them: HTTP GET, TCP connect or a command, against the pod's address,
// with the kubelet's failure messages.
import { request } from 'node:http';
import { connect } from 'node:net';
import { asArray, asString, isObj, type Obj } from '../objects';
import { runInContainer, type ContainerContext } from './execution';

export type ProbeResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

function resolvePort(port: unknown, container: Obj): number | undefined {
  if (typeof port === 'number') return port;
  if (typeof port === 'string' && /^\d+$/.test(port)) return Number(port);
  const named = asArray(container.ports)
    .filter(isObj)
    .find((p) => p.name === port);
  return typeof named?.containerPort === 'number' ? named.containerPort : undefined;
}

function httpProbe(host: string, port: number, path: string, timeoutMs: number): Promise<ProbeResult> {
  const url = `http://${host}:${port}${path}`;
  return new Promise((resolve) => {
    const req = request({ host, port, path, method: 'GET', timeout: timeoutMs, headers: { 'User-Agent': 'kube-probe/1.34' } }, (res) => {
      res.resume();
      const code = res.statusCode ?? 0;
      resolve(code >= 200 && code < 400 ? { ok: true } : { ok: false, message: `HTTP probe failed with statuscode: ${code}` });
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ ok: false, message: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ECONNREFUSED' ? 'connect: connection refused' : error.message;
      resolve({ ok: false, message: `Get "${url}": dial tcp ${host}:${port}: ${reason}` });
    });
    req.end();
  });
}

function tcpProbe(host: string, port: number, timeoutMs: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    socket.on('connect', () => {
      socket.destroy();
      resolve({ ok: true });
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve({ ok: false, message: `dial tcp ${host}:${port}: i/o timeout` });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ECONNREFUSED' ? 'connect: connection refused' : error.message;
      resolve({ ok: false, message: `dial tcp ${host}:${port}: ${reason}` });
    });
  });
}

export async function runProbe(probe: Obj, container: Obj, context: ContainerContext, timeoutMs: number): Promise<ProbeResult> {
  if (isObj(probe.httpGet)) {
    const port = resolvePort(probe.httpGet.port, container);
    if (port === undefined) return { ok: false, message: `unable to resolve port ${String(probe.httpGet.port)}` };
    return httpProbe(asString(probe.httpGet.host) ?? context.podIp, port, asString(probe.httpGet.path) ?? '/', timeoutMs);
  }
  if (isObj(probe.tcpSocket)) {
    const port = resolvePort(probe.tcpSocket.port, container);
    if (port === undefined) return { ok: false, message: `unable to resolve port ${String(probe.tcpSocket.port)}` };
    return tcpProbe(asString(probe.tcpSocket.host) ?? context.podIp, port, timeoutMs);
  }
  if (isObj(probe.exec)) {
    const command = asArray(probe.exec.command).map(String);
    const { code, output } = await runInContainer(context, command, timeoutMs);
    return code === 0
      ? { ok: true }
      : { ok: false, message: output.trim() === '' ? `command ${JSON.stringify(command)} exited with ${code}` : output };
  }
  if (isObj(probe.grpc)) {
    const port = resolvePort(probe.grpc.port, container);
    return port === undefined ? { ok: false, message: 'no port' } : tcpProbe(context.podIp, port, timeoutMs);
  }
  return { ok: false, message: 'no probe handler' };
}
