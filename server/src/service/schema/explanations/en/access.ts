// Plain-language explanations (English) for namespaces and service accounts.
export const accessEn: Readonly<Record<string, string>> = {
  'Namespace.metadata':
    'Names the namespace: lowercase letters, digits and `-`, at most 63 characters, starting and ending with a letter or digit, and unlike most names no `.` at all. A Namespace belongs to no namespace itself, so leave out `metadata.namespace`, and leave names starting with `kube-` to Kubernetes. A namespace separates names, permissions (RBAC) and quotas, but not the network: unless a NetworkPolicy blocks them, Pods in other namespaces reach your Services as `SERVICE.NAMESPACE`. Deleting a namespace deletes everything in it.',
  'Namespace.spec':
    'A Namespace needs no `spec`: its only field, `finalizers`, is managed by Kubernetes. `apiVersion`, `kind` and `metadata.name` make a complete manifest, and `kubectl create namespace NAME` does the same.',
  'NamespaceSpec.finalizers':
    'Set by Kubernetes, not by you: the `kubernetes` finalizer holds a deleted namespace in `Terminating` until everything inside it is gone. A namespace stuck there is waiting for some object or API it cannot clean up, and the `status.conditions` in `kubectl get namespace NAME -o yaml` say which. Removing the finalizer by hand leaves those objects behind, so fix the cause first.',

  'ServiceAccount.automountServiceAccountToken':
    "Whether Pods using this ServiceAccount get an API token mounted at `/var/run/secrets/kubernetes.io/serviceaccount`; it is mounted unless this is `false`. Most apps never call the Kubernetes API, so `false` removes a credential an attacker could use. A Pod's own `automountServiceAccountToken` wins over this setting.",
  'ServiceAccount.imagePullSecrets':
    "Registry credentials (Secrets of type `kubernetes.io/dockerconfigjson` in the same namespace) added to every Pod that uses this ServiceAccount and lists no `imagePullSecrets` of its own. Put them on the namespace's `default` ServiceAccount to avoid repeating them in every Pod. They are copied when a Pod is created, so a change only reaches Pods created afterwards.",
  'ServiceAccount.secrets':
    'A legacy list; leave it empty. Since Kubernetes 1.24, token Secrets are no longer created for ServiceAccounts: Pods get short-lived tokens mounted automatically, and `kubectl create token NAME` prints one when you need it by hand. The list only limits which Secrets Pods may use when the ServiceAccount has the `kubernetes.io/enforce-mountable-secrets` annotation.',

  'PodSpec.automountServiceAccountToken':
    "Whether this Pod gets an API token for its ServiceAccount, mounted at `/var/run/secrets/kubernetes.io/serviceaccount`. Set `false` for apps that never talk to the Kubernetes API, so a compromised container holds no credential. It overrides the ServiceAccount's own `automountServiceAccountToken`.",
};
