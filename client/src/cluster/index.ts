// The cluster layer: kubeconfig, the Podwright session (context and namespace), the ClusterApi
// facade and its typed errors. No VS Code imports anywhere under cluster/.
export { BUILT_IN_GROUPS, isBuiltInGroup } from './builtInGroups';
export { applyDocuments, type ApplyDocument, type ApplyOptions, type ApplyOutcome, type ApplyResult } from './apply';
export { inApplyOrder } from './applyOrder';
export { locateCauses, locateField, type CauseLocation } from './causeLocation';
export { KubeClusterApi, type ClusterApi, type DeleteOptions, type ListOptions, type ServerVersion } from './clusterApi';
export { credentialsError, installHintFor, withLoginPath, type PluginFailure } from './credentialPlugin';
export type { DescribeData } from './describe';
export {
  ClusterError,
  isClusterError,
  type ClusterErrorKind,
  type ConflictDetail,
  type ForbiddenDetail,
  type InvalidCause,
  type RequestLine,
  type ServerFeature,
  type Target,
} from './errors';
export type { ExecOptions, ExecOutcome } from './exec';
export { parseFieldPath, type FieldStep } from './fieldPath';
export { defaultKubeconfigPaths, loadKubeconfig, type ContextInfo, type LoadedKubeconfig } from './kubeconfig';
export { KubeconfigWatcher } from './kubeconfigWatcher';
export { loginShellPath } from './loginShellPath';
export { refOf, type KubeObject, type ObjectRef } from '../core/kube/kubeObject';
export { cleanLiveObject, narrowToManaged, ownedBy } from '../core/kube/liveObject';
export type { LogOptions } from './logs';
export type { PodMetricsResult } from './metrics';
export {
  customGroupVersions,
  customKindsOf,
  groupVersionsOf,
  loadCustomSchemas,
  OPENAPI_V3_PATH,
  readOpenApiDiscovery,
  type CustomSchemaLoad,
  type CustomSchemaOptions,
  type GroupVersionFailure,
  type OpenApiGroupVersion,
  type SchemaDocument,
} from './openApiSchemas';
export type { PortForwardHandle } from './portForward';
export type { TunnelOptions } from './portTunnel';
export { ClusterSession, type ChangeReason, type SessionOptions, type SessionSelection } from './session';
export type { WatchEventType, WatchHandle, WatchHandler, WatchOptions } from './watch';
