// Which pods of the workspace a label selector selects: one definition for the checks, hovers,
// lenses and navigation that ask.
import { mayShareNamespace, type IndexedObject, type IndexView } from './workspaceIndex';

/** Whether `labels` carry every pair of `selector` (an empty selector matches everything). */
export function matchesSelector(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** The objects that make pods and may live in `namespace` (kubectl's resolution: unset may be any). */
export function podMakersFor(view: IndexView, namespace: string | undefined): IndexedObject[] {
  return view.podMakers().filter((o) => mayShareNamespace(o.namespace, namespace));
}

/** Those of `candidates` whose pods carry the selector's labels. */
export function selectedBy(selector: Readonly<Record<string, string>>, candidates: readonly IndexedObject[]): IndexedObject[] {
  return candidates.filter((o) => o.pod !== undefined && matchesSelector(selector, o.pod.labels));
}

/**
 * The pod makers a (non-empty) selector selects that may share `namespace`, in the order of
 * `podMakers()`: looked up by one of the selector's labels, not by a walk over every pod maker.
 */
export function podsSelectedBy(
  view: IndexView,
  selector: Readonly<Record<string, string>>,
  namespace: string | undefined,
): IndexedObject[] {
  const [first] = Object.entries(selector);
  if (!first) return [];
  return selectedBy(
    selector,
    view.podMakersLabelled(first[0], first[1]).filter((o) => mayShareNamespace(o.namespace, namespace)),
  );
}
