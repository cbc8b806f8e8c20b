// The service's public entry for the VS Code client's own manifest work (apply, locating a failing
// pod's cause, quick fixes, describe): parsing a manifest into documents, reading and editing YAML
// nodes, and the readings of quantities and image references the language service uses itself.
// The client imports the service only through this file, so the service's inner layout stays its own
// (ESLint rejects deeper imports from client/src).
export { documentAt, parseManifest, type Manifest, type ManifestDocument } from './document/manifest';
export type { Range } from './document/lineIndex';
export { keyedPairs, pairOf, scalarText } from './util/yamlAccess';
export { insertAfterPair, replaceScalar, type TextEdit } from './util/textEdits';
export { parseQuantity } from './util/quantity';
export { impliedPullPolicy, parseImageReference } from './util/imageRef';
export { fileRoleOf, type FileRole } from './helm/fileRole';
export { isKustomizationUri, KUSTOMIZATION_FILE_NAMES, namedPaths, resolveUri } from './kustomize/paths';
