// Generates the bench manifest: 500 documents (Pods and Deployments, ~28,000 lines) of the kind
// people write, deterministic from a fixed seed so every run measures the same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMAGES = ['nginx:1.27', 'redis:7.2', 'postgres:16.4', 'registry.example.com/shop/api:2.4.1', 'ghcr.io/acme/worker:0.9.3', 'busybox:1.36', 'python:3.12-slim'];
const POLICIES = ['IfNotPresent', 'Always', 'IfNotPresent', 'Never'];

function container(random, name, portName, indent) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const port = 8000 + Math.floor(random() * 1000);
  const envCount = 1 + Math.floor(random() * 3);
  const lines = [
    `- name: ${name}`,
    `  image: ${pick(IMAGES)}`,
    `  imagePullPolicy: ${pick(POLICIES)}`,
    `  args: ["--port=${port}", "--log-level=info"]`,
    '  ports:',
    `    - name: ${portName}`,
    `      containerPort: ${port}`,
    '      protocol: TCP',
    '  env:',
  ];
  for (let i = 0; i < envCount; i++) lines.push(`    - name: SETTING_${i}`, `      value: "value-${i}-${Math.floor(random() * 1000)}"`);
  lines.push(
    '    - name: POD_NAME',
    '      valueFrom:',
    '        fieldRef:',
    '          fieldPath: metadata.name',
    '  resources:',
    '    requests:',
    `      cpu: ${100 + Math.floor(random() * 9) * 50}m`,
    `      memory: ${64 * (1 + Math.floor(random() * 8))}Mi`,
    '    limits:',
    `      memory: ${64 * (9 + Math.floor(random() * 8))}Mi`,
    '  readinessProbe:',
    '    httpGet:',
    '      path: /ready',
    `      port: ${portName}`,
    `    periodSeconds: ${5 + Math.floor(random() * 10)}`,
    '  volumeMounts:',
    '    - name: data',
    '      mountPath: /var/lib/app',
  );
  return lines.map((line) => indent + line);
}

function podSpec(random, name, indent) {
  const containers = random() < 0.25 ? 2 : 1;
  const lines = [`${indent}restartPolicy: Always`, `${indent}containers:`];
  for (let i = 0; i < containers; i++) lines.push(...(i === 0 ? container(random, name, 'http', `${indent}  `) : container(random, `${name}-sidecar`, 'metrics', `${indent}  `)));
  lines.push(`${indent}volumes:`, `${indent}  - name: data`, `${indent}    emptyDir: {}`);
  return lines;
}

function pod(random, index) {
  const name = `pod-${index}`;
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    app: ${name}`,
    '    tier: backend',
    'spec:',
    ...podSpec(random, name, '  '),
  ];
}

function deployment(random, index) {
  const name = `deploy-${index}`;
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  replicas: ${1 + Math.floor(random() * 4)}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    ...podSpec(random, name, '      '),
  ];
}

/** The manifest text: `documents` documents separated by `---`, alternating kinds at random. */
export function generateManifest(documents = 500, seed = 28_000) {
  const random = prng(seed);
  const parts = [];
  for (let i = 0; i < documents; i++) parts.push((random() < 0.5 ? pod(random, i) : deployment(random, i)).join('\n'));
  return `${parts.join('\n---\n')}\n`;
}

export function writeManifest(file, documents, seed) {
  const text = generateManifest(documents, seed);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return text;
}
