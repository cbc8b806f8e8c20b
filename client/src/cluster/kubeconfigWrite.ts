// Writing the user's kubeconfig, only when they ask for it ("also set in kubeconfig"): the
// current context, or a context's namespace, edited in place so comments and layout survive.
import { readFile, writeFile } from 'node:fs/promises';
import { isMap, isSeq, parseDocument } from 'yaml';
import { ClusterError } from './errors';

async function edit(file: string, change: (doc: ReturnType<typeof parseDocument>) => void): Promise<void> {
  const text = await readFile(file, 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new ClusterError({ kind: 'config', message: `Cannot edit ${file}: it is not valid YAML (${doc.errors[0]?.message ?? ''}).` });
  }
  change(doc);
  await writeFile(file, doc.toString());
}

export function writeCurrentContext(file: string, context: string): Promise<void> {
  return edit(file, (doc) => {
    doc.set('current-context', context);
  });
}

export function writeContextNamespace(file: string, context: string, namespace: string): Promise<void> {
  return edit(file, (doc) => {
    const contexts: unknown = doc.get('contexts');
    const entry = isSeq(contexts) ? contexts.items.find((item) => isMap(item) && item.get('name') === context) : undefined;
    if (!isMap(entry)) throw new ClusterError({ kind: 'config', message: `Context "${context}" is not defined in ${file}.` });
    const body: unknown = entry.get('context');
    if (isMap(body)) body.set('namespace', namespace);
    else entry.set('context', doc.createNode({ namespace }));
  });
}
