// Plain-language explanations (English) for the top of every manifest: apiVersion, kind,
// metadata and label selectors. Keys are `ShortTypeName.field`; `*.field` means every root kind.
export const objectsEn: Readonly<Record<string, string>> = {
  '*.apiVersion':
    'The API group and version that define this kind, written `group/version`, or just `v1` for the core group. Each kind belongs to one group: `Pod` is `v1`, `Deployment` is `apps/v1`, `Job` and `CronJob` are `batch/v1`. A wrong pair fails with *no matches for kind*; `kubectl api-resources` shows the right one for every kind.',
  '*.kind':
    'The kind of object this document creates, such as `Pod`, `Deployment` or `Job`. It is case-sensitive (`Pod`, not `pod`) and must belong to the `apiVersion` above. Everything under `spec` is read according to the kind, so the kind decides which fields are allowed.',
  '*.metadata':
    'Identifies the object: its `name`, its `namespace` (for kinds that live in one), `labels` and `annotations`. A common slip is writing `name:` at the top level of the document; Kubernetes only reads the name from inside `metadata`, so a top-level `name` is an unknown field and the object is left without a name.',
  '*.spec':
    'The desired state: what you want Kubernetes to run or provide, and how. Its fields depend on the `kind`: a Pod `spec` lists `containers`, a Deployment `spec` holds `replicas`, a `selector` and a Pod `template`, and a Service `spec` holds a `selector` and `ports`. Kubernetes fills in `status` by itself, so never write `status` in a manifest.',

  'ObjectMeta.name':
    'The object name, unique among objects of the same kind in one namespace. Use lowercase letters, digits, `-` and `.` (for example `chat-pod`); uppercase letters, `_` and spaces are rejected. Service and Namespace names are stricter: no `.` and at most 63 characters. It is the name you type in `kubectl logs chat-pod` or `kubectl delete pod chat-pod`.',
  'ObjectMeta.generateName':
    'A prefix from which the server makes a unique name: `job-run-` becomes something like `job-run-x7k2p`. It is only used when `name` is empty, and only works with `kubectl create`; `kubectl apply` needs a fixed `name` to find the object again next time.',
  'ObjectMeta.namespace':
    'The namespace the object lives in. Left out, `kubectl` uses the namespace of your current context (usually `default`), so the same file can land in different places. References by name stay inside one namespace: a Pod cannot use a ConfigMap, Secret or ServiceAccount from another namespace.',
  'ObjectMeta.labels':
    'Key/value tags that other objects use to find this one: Services, Deployments and ReplicaSets pick Pods by label, never by name. Values are strings, so quote numbers and booleans (`version: "2"`, `canary: "true"`). In a Pod `template`, the labels must include everything the `selector` asks for.',
  'ObjectMeta.annotations':
    'Free-form notes attached to the object, for tools and people: a change reason, a build commit, or a setting read by an ingress controller. Unlike labels, annotations cannot be used to select objects. Values must be strings, so quote numbers and `true`/`false`.',

  'LabelSelector.matchLabels':
    'Selects the objects whose labels contain every pair listed here. In a Deployment, ReplicaSet, StatefulSet or DaemonSet it must match `template.metadata.labels`, or the object is rejected. A Deployment selector cannot be changed after creation, so pick a small, stable set such as `app: chat`.',
  'PodTemplateSpec.metadata':
    'Metadata given to every Pod this template creates. Put the labels your `selector` matches here (`template.metadata.labels`). Leave out `name`: the controller gives each Pod a generated name of its own.',
};
