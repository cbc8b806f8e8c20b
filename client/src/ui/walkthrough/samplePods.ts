// The walkthrough's sample manifests: the nginx Pod a learner writes first, the same Pod with two
// mistakes Podwright marks while typing, and one that the cluster refuses to run (an image tag
// that does not exist), for "break it on purpose". Comments in the user's language. Each has its
// own name: open side by side, two untitled documents defining one Pod would be flagged as a
// duplicate object.
import * as vscode from 'vscode';

export type SampleKind = 'pod' | 'mistakes' | 'broken';

export function isSampleKind(value: unknown): value is SampleKind {
  return value === 'pod' || value === 'mistakes' || value === 'broken';
}

const comment = (text: string): string => `# ${text}\n`;

export function sampleManifest(kind: SampleKind): string {
  switch (kind) {
    case 'pod':
      return (
        comment(vscode.l10n.t('A Pod runs one or more containers. Hover a field to read what it means; Ctrl+Space completes.')) +
        `apiVersion: v1
kind: Pod
metadata:
  name: nginx-pod
  labels:
    app: nginx
spec:
  containers:
    - name: nginx-container
      image: nginx:1.27
      ports:
        - containerPort: 80
`
      );
    case 'mistakes':
      return (
        comment(
          vscode.l10n.t('This Pod has two mistakes. Podwright underlines them: hover one, then use the light bulb (Ctrl+.) to fix it.'),
        ) +
        `apiVersion: v1
kind: Pod
metadata:
  name: fix-me-pod
spec:
  containers:
    - name: nginx-container
      image: nginx:1.27
      imagePullPolicy: always
      ports:
        - containerport: 80
`
      );
    case 'broken':
      return (
        comment(vscode.l10n.t('The manifest is valid, but the image tag 1.277 does not exist. Apply it and watch what the cluster says.')) +
        `apiVersion: v1
kind: Pod
metadata:
  name: broken-pod
spec:
  containers:
    - name: nginx-container
      image: nginx:1.277
      ports:
        - containerPort: 80
`
      );
  }
}
