// The test cluster: an HTTPS Kubernetes API server on 127.0.0.1 with a node whose pods are real
// local processes. start() makes certificates and a kubeconfig; stop() kills every process.
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Authenticator, Authorizer, type ForbidRule } from './auth';
import { makeCertificates } from './certs';
import { atLeastMinor, WorkloadControllers } from './controllers';
import { NamespaceControllers } from './core/controllers';
import { ApiCore } from './core/core';
import { EventRecorder } from './core/events';
import {
  CustomResourceRegistry,
  customDefinitionName,
  servedVersions,
  storageDefinition,
  storageDefinitions,
  type CustomResourceDefinition,
} from './customResources';
import { OpenApiDocuments } from './handlers/openapi';
import { MetricsApi } from './handlers/metrics';
import { ApiFront } from './http/server';
import { kubeconfigText, type KubeconfigUser } from './kubeconfig';
import { bindClaim } from './runtime/claims';
import { Kubelet } from './runtime/kubelet';
import { INTERACTIVE_RUNTIME, TEST_RUNTIME, type RuntimeOptions } from './runtime/options';
import { addTaints, changeNodeTaints, type Taint } from './runtime/taints';
import type { DenyRule, PodSecurityJudge } from './policy/validatingAdmission';
import { Schema } from './schema';
import { Store } from './store';
import { dropLogStreams } from './streams/logs';

export interface TestClusterOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Kubernetes version reported by /version and used for the API definitions. */
  readonly version?: string;
  /** Realistic (slower) timings for trying things by hand. */
  readonly interactive?: boolean;
  readonly runtime?: Partial<RuntimeOptions>;
  readonly bookmarkIntervalMs?: number;
  /** Serve /openapi/v3 (default true); false answers 404 there, as servers before 1.24 do. */
  readonly openApiV3?: boolean;
}

export type { DenyRule, PodSecurityJudge };

export const CONTEXT = 'podwright-test';
export const CERT_CONTEXT = 'podwright-test-cert';
export const DEVELOPER_CONTEXT = 'podwright-test-developer';

export class TestCluster {
  readonly url: string;
  readonly kubeconfigPath: string;
  readonly adminToken = randomBytes(16).toString('hex');
  readonly developerToken = randomBytes(16).toString('hex');
  private crashed = false;

  private constructor(
    readonly dir: string,
    readonly port: number,
    readonly caFile: string,
    readonly certUser: { readonly certFile: string; readonly keyFile: string },
    readonly authn: Authenticator,
    readonly authz: Authorizer,
    readonly core: ApiCore,
    readonly kubelet: Kubelet,
    readonly customResources: CustomResourceRegistry,
    private readonly front: ApiFront,
    private readonly controllers: NamespaceControllers,
    private readonly workloads: WorkloadControllers,
    /** metrics.k8s.io: `metrics.enabled = false` plays a cluster without metrics-server; `setUsage` fixes a container's usage. */
    readonly metrics: MetricsApi,
  ) {
    this.url = `https://127.0.0.1:${port}`;
    this.kubeconfigPath = join(dir, 'kubeconfig');
    authn.addToken(this.adminToken, 'admin', ['system:masters', 'system:authenticated']);
    authn.addToken(this.developerToken, 'developer', ['developers', 'system:authenticated']);
    this.writeKubeconfig(this.kubeconfigPath);
  }

  static async start(options: TestClusterOptions = {}): Promise<TestCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'podwright-cluster-'));
    try {
      const certs = await makeCertificates(dir, [{ user: 'cert-user', groups: ['developers'] }]);
      const version = options.version ?? '1.34.0';
      const customResources = new CustomResourceRegistry();
      // The cluster's own schema: the release's definitions and those of its custom resources.
      const schema = Schema.load(version).withDefinitions(storageDefinitions(customResources.all));
      customResources.onChange((crd) => {
        for (const v of servedVersions(crd))
          schema.define(customDefinitionName(crd.spec.group, v.name, crd.spec.names.kind), storageDefinition(crd, v.name));
      });
      const store = new Store();
      const core = new ApiCore(store, schema);
      const controllers = new NamespaceControllers(core, certs.ca.toString('utf8'));
      controllers.bootstrap();
      const runtime: RuntimeOptions = {
        ...(options.interactive ? INTERACTIVE_RUNTIME : TEST_RUNTIME),
        podNetwork: `127.${randomInt(1, 255)}.${randomInt(0, 256)}`,
        ...options.runtime,
      };
      const kubelet = new Kubelet(core, new EventRecorder(core), runtime, dir, join(__dirname, 'runtime', 'programs'));
      kubelet.start();
      const workloads = new WorkloadControllers(core, new EventRecorder(core), {
        backoffBaseMs: runtime.backoffBaseMs,
        backoffCapMs: runtime.backoffCapMs,
        interimConditions: atLeastMinor(version, 31),
      });
      const metrics = new MetricsApi(core, kubelet);
      const authn = new Authenticator();
      const authz = new Authorizer();
      const front = new ApiFront(
        {
          cert: certs.cert,
          key: certs.key,
          ca: certs.ca,
          version,
          bookmarkIntervalMs: options.bookmarkIntervalMs ?? (options.interactive ? 60000 : 200),
        },
        { authn, authz, core, kubelet, metrics, openapi: new OpenApiDocuments(schema, customResources) },
      );
      front.openApiV3 = options.openApiV3 ?? true;
      const port = await front.listen(options.port ?? 0);
      const client = certs.clients[0];
      if (!client) throw new Error('no client certificate');
      return new TestCluster(
        dir,
        port,
        certs.caFile,
        client,
        authn,
        authz,
        core,
        kubelet,
        customResources,
        front,
        controllers,
        workloads,
        metrics,
      );
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  get store(): Store {
    return this.core.store;
  }

  /** The users a kubeconfig for this cluster offers, by context. */
  users(): KubeconfigUser[] {
    return [
      { name: 'podwright-admin', token: this.adminToken },
      { name: 'podwright-developer', token: this.developerToken },
      { name: 'podwright-cert-user', certFile: this.certUser.certFile, keyFile: this.certUser.keyFile },
    ];
  }

  kubeconfig(
    extraUsers: readonly KubeconfigUser[] = [],
    extraContexts: readonly { name: string; user: string; namespace?: string }[] = [],
  ): string {
    return kubeconfigText({
      clusterName: CONTEXT,
      server: this.url,
      caFile: this.caFile,
      users: [...this.users(), ...extraUsers],
      contexts: [
        { name: CONTEXT, user: 'podwright-admin', namespace: 'default' },
        { name: CERT_CONTEXT, user: 'podwright-cert-user', namespace: 'default' },
        { name: DEVELOPER_CONTEXT, user: 'podwright-developer', namespace: 'default' },
        ...extraContexts,
      ],
      currentContext: CONTEXT,
    });
  }

  writeKubeconfig(path: string): string {
    writeFileSync(path, this.kubeconfig(), { mode: 0o600 });
    return path;
  }

  /**
   * Replaces the schemas of an installed CustomResourceDefinition (`crontabs.stable.example.com`), as
   * `kubectl apply` of the edited CRD would: storage validates against them and /openapi/v3 publishes
   * a new document, with a new hash, for each served version.
   */
  updateCustomResourceDefinition(crd: CustomResourceDefinition): void {
    this.customResources.update(crd);
  }

  /** Turns /openapi/v3 off (404, as servers before 1.24 answer) or on again. */
  serveOpenApiV3(enabled: boolean): void {
    this.front.openApiV3 = enabled;
  }

  /**
   * Turns pods/ephemeralcontainers off (404, as clusters before 1.23 or with the EphemeralContainers
   * feature gate off answer) or on again.
   */
  serveEphemeralContainers(enabled: boolean): void {
    this.front.ephemeralContainers = enabled;
  }

  /** Makes a request forbidden (403) until the returned function is called. */
  forbid(rule: ForbidRule): () => void {
    return this.authz.forbid(rule);
  }

  /**
   * Refuses (or warns about) writes of objects matching the rule, as a validating admission
   * webhook would, until the returned function is called. Dry runs are judged too.
   */
  denyWrites(rule: DenyRule): () => void {
    return this.core.admission.addDenyRule(rule);
  }

  /**
   * Enforces Pod Security from Namespace labels with `judge` (enforce: 403, warn and pod templates:
   * `Warning` headers). Without a judge the labels are stored but not enforced.
   */
  judgePodSecurityWith(judge: PodSecurityJudge | undefined): void {
    this.core.admission.podSecurity = judge;
  }

  /** Runs before each request is handled (to change cluster state at an exact moment). */
  beforeRequest(hook: ((req: IncomingMessage) => void) | undefined): void {
    this.front.hook = hook;
  }

  /** The API server dies (connections cut, port closed) when a request matching `when` arrives. */
  crashWhen(when: (req: IncomingMessage) => boolean): void {
    this.front.hook = (req) => {
      if (!this.crashed && when(req)) void this.crash();
    };
  }

  /** The exec/attach/port-forward streams opened so far, with their WebSocket protocol. */
  get upgrades(): readonly { subresource: string; protocol: string }[] {
    return this.front.upgrades;
  }

  /** Terminal sizes exec clients sent on the resize channel (pod, container, width, height). */
  get resizes(): readonly { pod: string; container: string; width: number; height: number }[] {
    return this.front.resizes;
  }

  /** Ends all open watches (clients reconnect from their last resourceVersion). */
  endWatches(): void {
    this.front.endWatches();
  }

  /** Cuts the pod's open log follows mid-stream (its containers keep running); returns how many. */
  dropLogStreams(namespace: string, pod: string): number {
    return dropLogStreams(this.kubelet, namespace, pod);
  }

  /** Taints the node as `kubectl taint` does (a taint with the same key and effect is replaced). */
  taintNode(...taints: Taint[]): void {
    changeNodeTaints(this.core, this.kubelet.nodeName, (current) => addTaints(current, taints));
  }

  /** Removes the node's taints with this key (of every effect unless one is named). */
  untaintNode(key: string, effect?: Taint['effect']): void {
    changeNodeTaints(this.core, this.kubelet.nodeName, (current) =>
      current.filter((t) => t.key !== key || (effect !== undefined && t.effect !== effect)),
    );
  }

  /** Binds a Pending PersistentVolumeClaim, as the volume controller does once a volume is found for it. */
  bindClaim(namespace: string, name: string): void {
    bindClaim(this.core, namespace, name);
  }

  async crash(): Promise<void> {
    if (this.crashed) return;
    this.crashed = true;
    await this.front.close();
  }

  async stop(): Promise<void> {
    if (!this.crashed) await this.front.close();
    this.crashed = true;
    this.controllers.stop();
    this.workloads.stop();
    await this.kubelet.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
