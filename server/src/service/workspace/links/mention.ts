// A mention is one place where a name that links two places is written: a volume and its mounts, a
// ConfigMap and the pods that read it, a selector and the labels it selects. Navigation (definition,
// references, rename) is built on the mentions the index keeps per object.
import { isScalar } from 'yaml';
import { scalarText } from '../../util/yamlAccess';

/** An object's name, or a reference to an object of `kind` by name. */
export interface ObjectMention {
  readonly type: 'object';
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly declaration: boolean;
  /** The namespace the reference names explicitly (a RoleBinding subject's); else the object's own. */
  readonly namespace?: string;
}

/** Names that live inside one pod spec: volumes and their mounts, containers and the annotations naming them. */
export interface LocalMention {
  readonly type: 'volume' | 'container';
  readonly name: string;
  readonly declaration: boolean;
}

/** A container port name: declared in `ports`, used by probes and handlers, and by Services' `targetPort`. */
export interface PortMention {
  readonly type: 'port';
  readonly name: string;
  readonly role: 'declaration' | 'probe' | 'target';
}

/** A Service port (by name, or by number with `numeric`), declared by the Service and used by Ingress backends. */
export interface ServicePortMention {
  readonly type: 'servicePort';
  readonly service: string;
  readonly name: string;
  readonly numeric: boolean;
  readonly declaration: boolean;
}

/** A key of a ConfigMap or Secret (`object`), defined in its data and read by pods (env, volume items). */
export interface DataKeyMention {
  readonly type: 'dataKey';
  readonly kind: 'ConfigMap' | 'Secret';
  readonly object: string;
  readonly name: string;
  readonly declaration: boolean;
}

/**
 * One side (`part`) of a label pair: in a pod template (`template`), in a selector that selects pods
 * of other objects (`selector`: Services, PodDisruptionBudgets) or in a workload's own selector.
 */
export interface LabelMention {
  readonly type: 'label';
  readonly key: string;
  readonly value: string;
  readonly part: 'key' | 'value';
  readonly role: 'template' | 'selector' | 'ownSelector';
}

export type MentionWhat = ObjectMention | LocalMention | PortMention | ServicePortMention | DataKeyMention | LabelMention;

export type Mention = MentionWhat & {
  /** Offsets of the name's text (inside quotes) relative to the document's text. */
  readonly start: number;
  readonly end: number;
  /** Written without quotes: a new name that YAML would read as a number or boolean needs them. */
  readonly plain: boolean;
  /** What the index groups mentions by across files; absent for names local to one object. */
  readonly key?: string;
};

const SEP = '\u0000';

/** The key under which mentions of the same name meet across objects and files. */
export function linkKey(what: MentionWhat): string | undefined {
  switch (what.type) {
    case 'object':
      return ['o', what.group, what.kind, what.name].join(SEP);
    case 'port':
      return ['p', what.name].join(SEP);
    case 'servicePort':
      return ['s', what.service, what.numeric ? '#' : '', what.name].join(SEP);
    case 'dataKey':
      return ['k', what.kind, what.object, what.name].join(SEP);
    case 'label':
      return labelKey(what.key, what.value);
    default:
      return undefined;
  }
}

/** The key of a label pair's mentions. */
export function labelKey(key: string, value: string): string {
  return ['l', key, value].join(SEP);
}

/** Which mentions of a name a lookup wants. */
export type MentionSide = 'all' | 'declarations' | 'references';

/** The index groups a name's definitions apart from its uses, so looking up one side skips the other. */
export function indexKey(key: string, declaration: boolean): string {
  return `${key}${SEP}${declaration ? 'd' : 'r'}`;
}

/** Whether a mention defines the name (rather than refers to it). */
export function isDeclaration(mention: MentionWhat): boolean {
  switch (mention.type) {
    case 'port':
      return mention.role === 'declaration';
    case 'label':
      return mention.role === 'template';
    default:
      return mention.declaration;
  }
}

/** The text a mention holds (a label mention holds its key or its value). */
export function mentionText(mention: MentionWhat): string {
  if (mention.type === 'label') return mention.part === 'key' ? mention.key : mention.value;
  return mention.name;
}

/** Collects the mentions of one document; `text` is the document's text. */
export class MentionCollector {
  readonly mentions: Mention[] = [];

  constructor(private readonly text: string) {}

  /**
   * Records a mention at a scalar (a key or a value). Only scalars whose source is exactly their
   * text are recorded (plain or quoted without escapes), so a rename can replace them as written.
   */
  add(node: unknown, what: MentionWhat): void {
    if (!isScalar(node) || !node.range) return;
    const value = scalarText(node);
    if (value === undefined || value === '') return;
    let [start, end] = node.range;
    const plain = node.type === 'PLAIN';
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      start += 1;
      end -= 1;
    } else if (!plain) {
      return; // block scalars are not names
    }
    if (this.text.slice(start, end) !== value) return;
    const key = linkKey(what);
    this.mentions.push({ ...what, start, end, plain, ...(key !== undefined ? { key } : {}) });
  }
}
