// Manifests the navigation tests share: a Deployment and the objects around it, as separate files.
import { yaml } from '../../helpers/ruleHarness';

export interface DeploymentOptions {
  readonly name?: string;
  readonly app?: string;
  readonly port?: string;
  readonly config?: string;
  readonly secret?: string;
  readonly namespace?: string;
}

export function deployment(options: DeploymentOptions = {}): string {
  const { name = 'web', app = 'web', port = 'http', config = 'web-config', secret = 'web-secret' } = options;
  return yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    '  selector:',
    '    matchLabels:',
    `      app: ${app}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${app}`,
    '        tier: frontend',
    '    spec:',
    '      serviceAccountName: web-sa',
    '      imagePullSecrets:',
    '        - name: registry-creds',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.27',
    '          ports:',
    `            - name: ${port}`,
    '              containerPort: 8080',
    '            - name: metrics',
    '              containerPort: 9090',
    '          readinessProbe:',
    '            httpGet:',
    '              path: /ready',
    `              port: ${port}`,
    '          livenessProbe:',
    '            tcpSocket:',
    `              port: ${port}`,
    '          startupProbe:',
    '            grpc:',
    '              port: 9090',
    '          env:',
    '            - name: MODE',
    '              valueFrom:',
    '                configMapKeyRef:',
    `                  name: ${config}`,
    '                  key: mode',
    '            - name: TOKEN',
    '              valueFrom:',
    '                secretKeyRef:',
    `                  name: ${secret}`,
    '                  key: token',
    '          envFrom:',
    '            - configMapRef:',
    `                name: ${config}`,
    '      volumes:',
    '        - name: config',
    '          configMap:',
    `            name: ${config}`,
    '        - name: bundle',
    '          projected:',
    '            sources:',
    '              - secret:',
    `                  name: ${secret}`,
    '        - name: data',
    '          persistentVolumeClaim:',
    '            claimName: web-data',
  );
}

export function service(options: { name?: string; app?: string; targetPort?: string; portName?: string; namespace?: string } = {}): string {
  const { name = 'web', app = 'web', targetPort = 'http', portName = 'web' } = options;
  return yaml(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    '  selector:',
    `    app: ${app}`,
    '  ports:',
    `    - name: ${portName}`,
    '      port: 80',
    `      targetPort: ${targetPort}`,
  );
}

export function configMap(name = 'web-config', namespace?: string): string {
  return yaml(
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'data:',
    '  mode: production',
  );
}

export function secret(name = 'web-secret'): string {
  return yaml('apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${name}`, 'stringData:', '  token: hunter2');
}
