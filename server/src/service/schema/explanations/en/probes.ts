// Plain-language explanations (English) for health checks: the three probes and their settings.
export const probesEn: Readonly<Record<string, string>> = {
  'Container.livenessProbe':
    'A repeating health check: after `failureThreshold` failures in a row, the kubelet restarts the container. Check only that the process itself is alive; a probe that depends on a database, or is slower than `timeoutSeconds`, restarts healthy containers again and again (`CrashLoopBackOff`, with RESTARTS climbing). Give slow starters a `startupProbe` rather than a long `initialDelaySeconds`.',
  'Container.readinessProbe':
    "Decides whether the container is ready to receive traffic. While it fails the Pod shows `0/1` under READY and Services stop sending it requests, but nothing is restarted. Point it at an endpoint that answers only when the app can really serve, such as Spring Boot's `/actuator/health/readiness`.",
  'Container.startupProbe':
    'Runs first and holds back the liveness and readiness probes until it succeeds once. It buys time for slow starters such as JVM apps: the container gets `failureThreshold` × `periodSeconds` seconds (30 × 10 = 5 minutes, say) before it is restarted. After its first success it stops running.',

  'Probe.httpGet':
    'Sends an HTTP GET request to the container; any status from 200 to 399 is a success. `port` is the port the app listens on inside the container (a number or a port `name`), not a Service port or the local side of a port-forward. `path` defaults to `/`, so set a light health endpoint if `/` needs a login or is slow.',
  'Probe.tcpSocket':
    'Succeeds when a TCP connection to `port` can be opened; nothing is sent. It is the simplest check for servers that do not speak HTTP, such as databases, but it only shows that the port is open, not that the app works.',
  'Probe.exec':
    'Runs a command inside the container; exit code 0 means healthy. The command is not run through a shell, so pipes or `&&` need `["sh", "-c", "..."]`. The program must exist in the image: many small images have `sh` but neither `bash` nor `curl`.',
  'Probe.grpc':
    'Calls the standard gRPC health service (`grpc.health.v1.Health`) on `port`, with no extra tool in the image. Your server has to implement that service; set `service` to ask about one named service.',
  'Probe.initialDelaySeconds':
    'Seconds to wait after the container starts before the first check (default 0). A fixed guess is fragile: too short and a slow start counts as a failure, too long and real failures go unnoticed. For slow starters, prefer a `startupProbe`.',
  'Probe.periodSeconds':
    'How often, in seconds, the probe runs (default 10, minimum 1). Together with `failureThreshold` it sets how long a problem lasts before anything happens: 10 seconds × 3 failures is about 30 seconds.',
  'Probe.timeoutSeconds':
    'How long one check may take before it counts as a failure (default 1 second). One second is tight for a busy JVM or an endpoint that queries a database; raise it instead of letting a liveness probe restart a container that is merely slow.',
  'Probe.failureThreshold':
    'How many failures in a row before the kubelet acts (default 3): a liveness or startup probe restarts the container, a readiness probe marks the Pod not ready. Raise it to ride out short hiccups. For a startup probe, choose it so that `failureThreshold` × `periodSeconds` covers the slowest start.',
  'Probe.successThreshold':
    'How many successes in a row count as healthy again after a failure (default 1). Liveness and startup probes only accept 1; a higher value is for readiness probes.',

  'HTTPGetAction.path':
    'The URL path to request, starting with `/` (default `/`). Use a cheap endpoint made for health checks, like `/healthz`, rather than a page that renders templates or needs a login.',
  'HTTPGetAction.port':
    'The container port to call: a number such as `8080`, or the `name` of one of the container `ports` such as `http`. It is the port the app listens on inside the container, not the local port of a port-forward.',
  'ExecAction.command':
    'The command and its arguments as a list, run inside the container without a shell. Write `["sh", "-c", "pg_isready -U app"]` when you need shell features, and make sure every tool you call exists in the image.',
};
