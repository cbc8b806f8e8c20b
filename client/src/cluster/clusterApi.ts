// The cluster facade the UI depends on: one context, one namespace, typed results and explained
// errors. No VS Code here; tests drive it against the test API server or a real cluster.
import type { Duplex } from 'node:stream';
import { applyDocuments, type ApplyDocument, type ApplyOptions, type ApplyResult } from './apply';
import type { KubeConfig } from './clientNode';
import { gatherDescribe, type DescribeData } from './describe';
import { Discovery, resourcePath } from './discovery';
import { ClusterError, type Target } from './errors';
import { addEphemeralContainer } from './ephemeralContainers';
import { execCapture, execInPod, type ExecOptions, type ExecOutcome } from './exec';
import type { EphemeralContainer } from '../core/debug/debugContainer';
import type { Pod } from '../core/kube/kubeTypes';
import type { KubeObject, ObjectRef } from '../core/kube/kubeObject';
import type { ObjectOfKind } from '../core/kube/kinds';
import { cleanLiveObject } from '../core/kube/liveObject';
import { loadCustomSchemas, type CustomSchemaLoad, type CustomSchemaOptions } from './openApiSchemas';
import { readLogs, streamLogs, type LogOptions } from './logs';
import { readPodMetrics, type PodMetricsResult } from './metrics';
import { forwardPort, type PortForwardHandle } from './portForward';
import { openPortTunnel, type TunnelOptions } from './portTunnel';
import { Transport } from './transport';
import { watchObjects, type WatchHandle, type WatchHandler, type WatchOptions } from './watch';

export interface ListOptions {
  /** Namespace to list in; the session's namespace by default. */
  readonly namespace?: string;
  readonly allNamespaces?: boolean;
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
}

export interface DeleteOptions {
  readonly gracePeriodSeconds?: number;
  readonly dryRun?: boolean;
}

export interface ServerVersion {
  readonly major: string;
  readonly minor: string;
  readonly gitVersion: string;
}

export interface ClusterApi {
  readonly context: string;
  readonly server: string;
  readonly namespace: string;
  version(): Promise<ServerVersion>;
  applyDocuments(documents: readonly ApplyDocument[], options?: ApplyOptions): Promise<ApplyResult[]>;
  /** The object, typed by its kind (core/kube/kinds.ts). */
  get<K extends string>(ref: ObjectRef & { readonly kind: K }): Promise<ObjectOfKind<K>>;
  /** The object as stored, without managedFields, resourceVersion, status and similar noise. */
  liveObject(ref: ObjectRef): Promise<KubeObject>;
  list<K extends string>(apiVersion: string, kind: K, options?: ListOptions): Promise<ObjectOfKind<K>[]>;
  /** The object as returned by the server (with deletionTimestamp while it terminates). */
  delete(ref: ObjectRef, options?: DeleteOptions): Promise<KubeObject>;
  describe(ref: ObjectRef): Promise<DescribeData>;
  watch(
    apiVersion: string,
    kind: string,
    handler: WatchHandler,
    options?: WatchOptions & { namespace?: string; allNamespaces?: boolean },
  ): Promise<WatchHandle>;
  logs(pod: string, options?: Omit<LogOptions, 'follow'> & { namespace?: string }): Promise<string>;
  /** A pod's current usage from metrics.k8s.io, or why there is none. */
  podMetrics(pod: string, namespace?: string): Promise<PodMetricsResult>;
  followLogs(pod: string, onText: (text: string) => void, options?: LogOptions & { namespace?: string }): Promise<void>;
  exec(pod: string, options: ExecOptions & { namespace?: string }): Promise<ExecOutcome>;
  execCapture(
    pod: string,
    container: string,
    command: readonly string[],
    namespace?: string,
  ): Promise<ExecOutcome & { stdout: string; stderr: string }>;
  portForward(pod: string, remotePort: number, options?: { localPort?: number; namespace?: string }): Promise<PortForwardHandle>;
  /** Pipes one local connection to the pod's port (for callers with their own listener). */
  tunnel(pod: string, remotePort: number, socket: Duplex, options?: TunnelOptions & { namespace?: string }): Promise<void>;
  /** Adds an ephemeral container to the pod (pods/NAME/ephemeralcontainers); resolves with the updated pod. */
  addEphemeralContainer(pod: string, container: EphemeralContainer, namespace?: string): Promise<Pod>;
  /** The OpenAPI v3 documents of the group versions Kubernetes does not serve itself (CRDs, aggregated APIs). */
  customResourceSchemas(options?: CustomSchemaOptions): Promise<CustomSchemaLoad>;
}

export class KubeClusterApi implements ClusterApi {
  private readonly transport: Transport;
  private readonly discovery: Discovery;
  readonly context: string;
  readonly server: string;

  constructor(
    private kubeConfig: KubeConfig,
    readonly namespace: string,
    renew?: () => Promise<KubeConfig>,
  ) {
    const cluster = kubeConfig.getCurrentCluster();
    this.context = kubeConfig.getCurrentContext();
    if (!cluster) {
      throw new ClusterError({ kind: 'config', message: `Context "${this.context}" names no cluster that the kubeconfig defines.` });
    }
    this.server = cluster.server;
    const target: Target = { context: this.context, server: this.server };
    this.transport = new Transport(
      kubeConfig,
      target,
      renew
        ? async () => {
            this.kubeConfig = await renew();
            return this.kubeConfig;
          }
        : undefined,
    );
    this.discovery = new Discovery(this.transport);
  }

  get target(): Target {
    return this.transport.target;
  }

  version(): Promise<ServerVersion> {
    return this.transport.json<ServerVersion>({ path: '/version' });
  }

  applyDocuments(documents: readonly ApplyDocument[], options: ApplyOptions = {}): Promise<ApplyResult[]> {
    return applyDocuments({ transport: this.transport, discovery: this.discovery, namespace: this.namespace }, documents, options);
  }

  private async path(ref: ObjectRef, subresource?: string): Promise<string> {
    const info = await this.discovery.resourceFor(ref.apiVersion, ref.kind);
    return resourcePath(info, info.namespaced ? (ref.namespace ?? this.namespace) : undefined, ref.name, subresource);
  }

  async get<K extends string>(ref: ObjectRef & { readonly kind: K }): Promise<ObjectOfKind<K>> {
    return this.transport.json<ObjectOfKind<K>>({ path: await this.path(ref) });
  }

  async liveObject(ref: ObjectRef): Promise<KubeObject> {
    return cleanLiveObject(await this.get(ref));
  }

  async list<K extends string>(apiVersion: string, kind: K, options: ListOptions = {}): Promise<ObjectOfKind<K>[]> {
    const info = await this.discovery.resourceFor(apiVersion, kind);
    const namespace = info.namespaced && !options.allNamespaces ? (options.namespace ?? this.namespace) : undefined;
    const list = await this.transport.json<{ items?: ObjectOfKind<K>[] }>({
      path: resourcePath(info, namespace),
      query: { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector },
    });
    // List items carry no apiVersion/kind on the wire; give them back for callers.
    return (list.items ?? []).map((item) => ({ apiVersion, kind, ...item }));
  }

  async delete(ref: ObjectRef, options: DeleteOptions = {}): Promise<KubeObject> {
    return this.transport.json<KubeObject>({
      method: 'DELETE',
      path: await this.path(ref),
      query: { gracePeriodSeconds: options.gracePeriodSeconds, dryRun: options.dryRun ? 'All' : undefined },
    });
  }

  describe(ref: ObjectRef): Promise<DescribeData> {
    return gatherDescribe(this.transport, this.discovery, ref, this.namespace);
  }

  async watch(
    apiVersion: string,
    kind: string,
    handler: WatchHandler,
    options: WatchOptions & { namespace?: string; allNamespaces?: boolean } = {},
  ): Promise<WatchHandle> {
    const info = await this.discovery.resourceFor(apiVersion, kind);
    const namespace = info.namespaced && !options.allNamespaces ? (options.namespace ?? this.namespace) : undefined;
    return watchObjects(this.transport, resourcePath(info, namespace), handler, options);
  }

  podMetrics(pod: string, namespace?: string): Promise<PodMetricsResult> {
    return readPodMetrics(this.transport, namespace ?? this.namespace, pod);
  }

  logs(pod: string, options: Omit<LogOptions, 'follow'> & { namespace?: string } = {}): Promise<string> {
    return readLogs(this.transport, options.namespace ?? this.namespace, pod, options);
  }

  followLogs(pod: string, onText: (text: string) => void, options: LogOptions & { namespace?: string } = {}): Promise<void> {
    return streamLogs(this.transport, options.namespace ?? this.namespace, pod, { ...options, follow: true }, onText);
  }

  exec(pod: string, options: ExecOptions & { namespace?: string }): Promise<ExecOutcome> {
    return execInPod(this.kubeConfig, this.target, options.namespace ?? this.namespace, pod, options);
  }

  execCapture(
    pod: string,
    container: string,
    command: readonly string[],
    namespace?: string,
  ): Promise<ExecOutcome & { stdout: string; stderr: string }> {
    return execCapture(this.kubeConfig, this.target, namespace ?? this.namespace, pod, container, command);
  }

  portForward(pod: string, remotePort: number, options: { localPort?: number; namespace?: string } = {}): Promise<PortForwardHandle> {
    return forwardPort(this.kubeConfig, this.target, options.namespace ?? this.namespace, pod, remotePort, options.localPort ?? 0);
  }

  tunnel(pod: string, remotePort: number, socket: Duplex, options: TunnelOptions & { namespace?: string } = {}): Promise<void> {
    return openPortTunnel(this.kubeConfig, this.target, options.namespace ?? this.namespace, pod, remotePort, socket, options);
  }

  addEphemeralContainer(pod: string, container: EphemeralContainer, namespace?: string): Promise<Pod> {
    return addEphemeralContainer(this.transport, namespace ?? this.namespace, pod, container);
  }

  customResourceSchemas(options: CustomSchemaOptions = {}): Promise<CustomSchemaLoad> {
    return loadCustomSchemas(this.transport, options);
  }
}
