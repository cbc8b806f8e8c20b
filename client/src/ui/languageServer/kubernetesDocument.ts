// Whether a YAML text looks like a Kubernetes manifest: some document in it has top-level
// `apiVersion:` and `kind:` with values. Cheap enough to run on every edit of the active editor;
// it only drives UI (the status bar), the server decides what it really models.

const API_VERSION = /^apiVersion:[ \t]*['"]?[\w./-]+/m;
const KIND = /^kind:[ \t]*['"]?[A-Za-z]+/m;

export function looksLikeKubernetes(text: string): boolean {
  return API_VERSION.test(text) && KIND.test(text);
}
