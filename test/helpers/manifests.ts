// Manifests the LSP and robustness tests share: what learners write, plus files that are not ours.

export const validPod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: 80
`;

/** `images:` instead of `image:` on line 10 (0-based 9). */
export const podWithImageTypo = validPod.replace('      image: nginx:1.27', '      images: nginx:1.27');

export const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/team/api:2.4.1
          ports:
            - containerPort: 8080
              name: http
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
`;

/** A realistic pod with most of what learners touch: probes, env, resources, volumes, init containers. */
export const richPod = `apiVersion: v1
kind: Pod
metadata:
  name: shop
  namespace: demo
  labels:
    app: shop
    tier: backend
  annotations:
    kubectl.kubernetes.io/default-container: app
spec:
  restartPolicy: Always
  initContainers:
    - name: migrate
      image: registry.example.com/shop/migrate:1.0.3
      command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done"]
  containers:
    - name: app
      image: registry.example.com/shop/app:1.0.3
      imagePullPolicy: IfNotPresent
      args: ["--port=8080", "--verbose"]
      ports:
        - name: http
          containerPort: 8080
          protocol: TCP
      env:
        - name: DB_HOST
          value: db
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
      resources:
        requests:
          cpu: 250m
          memory: 128Mi
        limits:
          memory: 256Mi
      livenessProbe:
        httpGet:
          path: /healthz
          port: http
        initialDelaySeconds: 5
        periodSeconds: 10
      volumeMounts:
        - name: cache
          mountPath: /var/cache/shop
        - name: config
          mountPath: /etc/shop
          readOnly: true
    - name: sidecar
      image: busybox:1.36
      command: ['sh', '-c', 'tail -f /var/cache/shop/access.log']
      volumeMounts:
        - name: cache
          mountPath: /var/cache/shop
  volumes:
    - name: cache
      emptyDir: {}
    - name: config
      configMap:
        name: shop-config
`;

export const githubWorkflow = `name: ci
on:
  push:
    branches: [main]
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: test
        run: npm test
        env:
          CI: true
`;

export const dockerCompose = `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    restart: always
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
    volumes:
      - db-data:/var/lib/postgresql/data
volumes:
  db-data:
`;

/** 0-based line and character of the `occurrence`-th (0-based) appearance of `needle`, plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0, occurrence = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} occurrence ${occurrence} not in fixture`);
  }
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}
