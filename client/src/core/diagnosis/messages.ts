// The message catalogue's shape: one text builder per diagnosis code, with the facts each one may
// mention. messages.en.ts and messages.ko.ts implement it; the compiler makes sure both cover
// every code with the same facts.

export interface Texts {
  title: string;
  whatHappened: string;
  likelyCause: string;
  whatToChange: string;
}

/** The container a diagnosis is about; `init` for init containers and native sidecars. */
export interface Who {
  container: string;
  init: boolean;
}

export type ProbeProblem = 'port' | 'path' | 'refused' | 'timeout' | 'status' | 'other';

export interface MessageParams {
  'image-pull-local-image': Who & { image: string; policy: string; policySet: boolean };
  'image-pull-not-found': Who & { image: string };
  'image-pull-unauthorized': Who & { image: string; registry: string; hasPullSecrets: boolean; ambiguous: boolean };
  'image-pull-wrong-platform': Who & { image: string; platform?: string };
  'image-pull-failed': Who & { image: string; registry: string };
  'image-invalid-name': Who & { image: string };
  'crash-command-not-found': Who & { command: string; fromManifest: boolean };
  'crash-not-executable': Who & { command: string; fromManifest: boolean };
  'crash-wrong-platform': Who & { image: string; nodeArch?: string };
  'crash-exited-zero': Who & { image: string; hasCommand: boolean };
  'crash-signal': Who & { exitCode: number; signal: number; signalName: string; restarts: number };
  'crash-exit-code': Who & { exitCode: number; restarts: number; hasLogs: boolean };
  'oom-killed': Who & { limit?: string; suggested?: string; usage?: string };
  'config-missing-object': {
    container?: string;
    init: boolean;
    objectKind: 'ConfigMap' | 'Secret';
    name: string;
    via: 'env' | 'envFrom' | 'volume';
    entry: string;
  };
  'config-missing-key': Who & { objectKind: 'ConfigMap' | 'Secret'; name: string; key: string };
  'config-run-as-root': Who;
  'config-error': Who & { message: string };
  'unschedulable-resources': { resources: string[]; nodeCount: number; container?: string; request?: string };
  'unschedulable-node-selector': { selector: string; nodeCount: number };
  'unschedulable-taint': { taints: string[] };
  'unschedulable-pvc': { claim?: string; missing: boolean };
  'unschedulable-host-port': { port?: number };
  'unschedulable-other': { message: string };
  'readiness-probe-failing': Who & {
    problem: ProbeProblem;
    probePort?: string;
    containerPorts: string[];
    path?: string;
    statusCode?: string;
  };
  'liveness-probe-failing': Who & {
    problem: ProbeProblem;
    probePort?: string;
    containerPorts: string[];
    path?: string;
    statusCode?: string;
  };
  'run-container-error': Who & { message: string };
  'terminating-finalizers': { finalizers: string[]; overdue: string };
  'terminating-stuck': { overdue: string; node?: string; nodeReady?: boolean };
  evicted: { resource?: string; container?: string; usage?: string };
}

export type Code = keyof MessageParams;

export interface Catalogue {
  messages: { [K in Code]: (p: MessageParams[K]) => Texts };
  /** Added to "what to change" when a controller recreates the pod from a template. */
  ownerNote(kind: string, name: string): string;
  headings: { whatHappened: string; likelyCause: string; evidence: string; whatToChange: string; where: string };
}
