// Plain-language explanations (English) for configuration objects: ConfigMap and Secret.
export const configEn: Readonly<Record<string, string>> = {
  'ConfigMap.data':
    'Settings as key/value pairs, and every value must be a string: quote numbers and booleans (`PORT: "8080"`, `DEBUG: "true"`), or the manifest is rejected. A value can hold a whole file written as a `|` block, and mounting the ConfigMap as a volume turns each key into a file of that name. Keys may use letters, digits, `-`, `_` and `.`, and all the data together must not exceed 1 MiB. Changing it does not restart Pods: environment variables keep their old values until the containers start again, for example after `kubectl rollout restart deployment NAME`.',
  'ConfigMap.binaryData':
    'Values that are not UTF-8 text, such as a small image or a keystore, written base64-encoded. A key must not appear in both `data` and `binaryData`. Plain text, JSON and YAML files included, belongs in `data`; `kubectl create configmap --from-file` puts non-text files here by itself.',
  'ConfigMap.immutable':
    'With `true`, `data` and `binaryData` can no longer be changed, and the setting cannot be turned back to `false`; only the metadata stays editable. To change the contents, create a ConfigMap under a new name, such as `app-config-v2`, and point the Pods to it, or delete and recreate this one. In return the kubelet stops watching it for changes, which takes load off the API server in big clusters.',

  'Secret.data':
    'The secret values, each one base64-encoded (`password` becomes `cGFzc3dvcmQ=`); a value that is not valid base64 is rejected. Base64 is an encoding, not encryption: anyone who can read the manifest or run `kubectl get secret -o yaml` gets the value back with `base64 -d`. So keep such files out of Git and limit who may read Secrets. Encode with `echo -n password | base64`: without `-n`, a trailing newline becomes part of the value. To write plain text instead, use `stringData`.',
  'Secret.stringData':
    'Secret values written as plain text: the API server base64-encodes them into `data` when it stores the Secret, and a key here wins over the same key in `data`. It is write-only, so `kubectl get secret -o yaml` shows the values under `data` only. Handy, but the plain text now sits in your manifest file, so treat that file like a password.',
  'Secret.type':
    'Says what the Secret holds, and so which keys it must have. `Opaque` (the default) is free-form; `kubernetes.io/tls` needs `tls.crt` and `tls.key` (made by `kubectl create secret tls`); `kubernetes.io/dockerconfigjson`, used for pulling private images, needs a `.dockerconfigjson` key (made by `kubectl create secret docker-registry`). The API server rejects a typed Secret that lacks its keys, and the type cannot be changed after creation.',
  'Secret.immutable':
    "With `true`, the Secret's values can no longer be changed, and the setting cannot be turned back to `false`; only the metadata stays editable. To rotate a value, create a Secret under a new name and point the Pods to it, or delete and recreate this one. The kubelet also stops watching it, which takes load off the API server.",
};
