// The argument every pod command receives from the pod explorer's context menu (and from other
// callers such as diagnosis links): which pod, where, and optionally which container.
// Commands run without one (from the palette) ask the user instead. VS Code passes the tree element
// itself to view/item/context commands, so the explorer's pod and container elements are PodTargets
// (with extra fields): check arguments with isPodTarget, not by exact shape.

export interface PodTarget {
  /** The kubeconfig context the pod lives in (may differ from Podwright's current context). */
  readonly context: string;
  readonly namespace: string;
  /** The pod's name. */
  readonly name: string;
  /** A container of the pod, when the command was invoked on a container row. */
  readonly container?: string;
  readonly kind: 'Pod';
}

/** Whether a command argument is a PodTarget (menus pass the tree item's target; the palette passes nothing). */
export function isPodTarget(value: unknown): value is PodTarget {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.kind === 'Pod' &&
    typeof v.context === 'string' &&
    typeof v.namespace === 'string' &&
    typeof v.name === 'string' &&
    (v.container === undefined || typeof v.container === 'string')
  );
}
