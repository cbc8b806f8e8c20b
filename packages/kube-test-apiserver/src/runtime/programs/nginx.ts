// Stands in for nginx inside the test cluster: serves a welcome page on the container's ports,
// bound to the pod's own address, and writes access logs to stdout the way nginx does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

const VERSION = 'nginx/1.27.3';
const args = process.argv.slice(2);
if (args.includes('-v') || args.includes('-V')) {
  process.stderr.write(`nginx version: ${VERSION}\n`);
  process.exit(0);
}
if (args.includes('-t')) {
  process.stderr.write(
    'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
  );
  process.exit(0);
}

const host = process.env.PODWRIGHT_POD_IP ?? '127.0.0.1';
const ports = (process.env.PODWRIGHT_PORTS ?? '')
  .split(',')
  .map(Number)
  .filter((p) => p > 0);
if (ports.length === 0) ports.push(80);

const welcome = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>This page is served by the Podwright test cluster's nginx stand-in.</p>
</body>
</html>
`;

function errorPage(code: number, text: string): string {
  return `<html>\r\n<head><title>${code} ${text}</title></head>\r\n<body>\r\n<center><h1>${code} ${text}</h1></center>\r\n<hr><center>${VERSION}</center>\r\n</body>\r\n</html>\r\n`;
}

function logTime(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()] ?? ''}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  let code = 200;
  let body = welcome;
  let type = 'text/html';
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    code = 405;
    body = errorPage(405, 'Not Allowed');
  } else if (path !== '/' && path !== '/index.html') {
    code = 404;
    body = errorPage(404, 'Not Found');
  }
  if (path === '/healthz') {
    code = 200;
    body = 'ok\n';
    type = 'text/plain';
  }
  res.writeHead(code, { Server: VERSION, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
  const agent = req.headers['user-agent'] ?? '-';
  process.stdout.write(
    `${req.socket.remoteAddress ?? '-'} - - [${logTime(new Date())}] "${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/${req.httpVersion}" ${code} ${Buffer.byteLength(body)} "-" "${agent}" "-"\n`,
  );
}

process.stdout.write('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
let listening = 0;
for (const port of ports) {
  const server = createServer(handle);
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE' ? '98: Address already in use' : error.code === 'EACCES' ? '13: Permission denied' : String(error.code);
    process.stderr.write(`nginx: [emerg] bind() to 0.0.0.0:${port} failed (${reason})\n`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    listening++;
    if (listening === ports.length) process.stderr.write(`[notice] 1#1: ${VERSION}\n[notice] 1#1: start worker processes\n`);
  });
}
process.on('SIGTERM', () => process.exit(0));
process.on('SIGQUIT', () => process.exit(0));
