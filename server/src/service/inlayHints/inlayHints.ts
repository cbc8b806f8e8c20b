// Inlay hints: what the API server will do where the file is silent or terse. After an image
// without `imagePullPolicy`, the policy it implies; after `500m` of CPU, `= 0.5 CPU`; after
// `128Mi`, `≈ 134 MB`; on a Service port without `protocol` or `targetPort`, TCP and the port.
// Hints are worked out per parsed document (offsets relative to it) and cached with it, so a
// keystroke recomputes only the document it changed.
import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import type { InlayHint, MarkupContent, Range } from 'vscode-languageserver-types';
import type { Manifest, ParsedChunk } from '../document/manifest';
import { defaultFor } from '../schema/facts/defaults';
import { documentKind } from '../schema/kinds';
import { isCustomTypeId, type TypeModel } from '../schema/model';
import { containersOf, podSpecsOf } from '../schema/podSpecs';
import type { ServiceSettings } from '../settings';
import { formatBytes, formatCpu, parseQuantity, resourceUnit } from '../util/quantity';
import { markdownToPlainText } from '../util/markdown';
import { mapAt, mapItems, pairOf, stringAt } from '../util/yamlAccess';
import { releaseTypedWalks, walkTyped } from '../validation/typedWalk';
import { inlayHintWords, type InlayHintWords } from './labels';

const CONTAINER = 'io.k8s.api.core.v1.Container';

/** A hint at an offset of its document's text; the tooltip is markdown. */
interface DocumentHint {
  readonly offset: number;
  readonly label: string;
  readonly tooltip: string;
}

const cache = new WeakMap<ParsedChunk, { readonly key: string; readonly hints: readonly DocumentHint[] }>();

/** The hints of the documents that overlap `range`, in document order. */
export function inlayHints(model: TypeModel, settings: ServiceSettings, manifest: Manifest, range: Range): InlayHint[] {
  const first = manifest.lines.offsetAt(range.start);
  const last = manifest.lines.offsetAt(range.end);
  const out: InlayHint[] = [];
  for (const document of manifest.documents) {
    const end = document.start + document.chunk.text.length;
    if (end < first || document.start > last) continue;
    for (const hint of documentHints(model, settings, document.chunk)) {
      const offset = document.start + hint.offset;
      if (offset < first || offset > last) continue;
      out.push({
        position: manifest.lines.positionAt(offset),
        label: hint.label,
        paddingLeft: true,
        tooltip: tooltip(hint.tooltip, settings.editor.hoverMarkdown),
      });
    }
  }
  return out;
}

function tooltip(markdown: string, asMarkdown: boolean): MarkupContent {
  return asMarkdown ? { kind: 'markdown', value: markdown } : { kind: 'plaintext', value: markdownToPlainText(markdown) };
}

function documentHints(model: TypeModel, settings: ServiceSettings, chunk: ParsedChunk): readonly DocumentHint[] {
  // The model's generation: a CRD that arrives later may type the document differently.
  const key = `${settings.language}|${model.generation}`;
  const cached = cache.get(chunk);
  if (cached?.key === key) return cached.hints;
  let hints: DocumentHint[];
  try {
    hints = collect(model, chunk, inlayHintWords(settings.language), settings);
  } catch {
    // A document mid-edit can be any shape: no hints rather than none anywhere.
    hints = [];
  }
  hints.sort((a, b) => a.offset - b.offset);
  cache.set(chunk, { key, hints });
  return hints;
}

function collect(model: TypeModel, chunk: ParsedChunk, words: InlayHintWords, settings: ServiceSettings): DocumentHint[] {
  const kind = documentKind(model, chunk.identity);
  const root = chunk.yaml.contents;
  if (!kind || !root) return [];
  const hints: DocumentHint[] = [];
  // Name-based facts (where containers are, what a Service is) hold for built-in kinds only.
  if (!isCustomTypeId(kind.def.type)) {
    for (const { spec } of isMap(root) ? podSpecsOf(kind.def.kind, root) : []) {
      for (const { container } of containersOf(spec)) pullPolicyHint(container, words, settings, hints);
    }
    if (kind.def.kind === 'Service' && kind.def.apiVersion === 'v1') servicePortHints(root, words, hints);
  }
  walkTyped(model, kind.def.type, root, {
    node: (visit) => {
      if (visit.expected.kind !== 'scalar' || visit.expected.name !== 'quantity' || !isScalar(visit.node)) return;
      const last = visit.path[visit.path.length - 1];
      const name = typeof last === 'string' ? last : visit.field?.name;
      if (name !== undefined) quantityHint(chunk, visit.node, name, words, settings, hints);
    },
  });
  releaseTypedWalks(root);
  return hints;
}

function valueEnd(node: Node): number | undefined {
  return node.range?.[1];
}

function pullPolicyHint(container: unknown, words: InlayHintWords, settings: ServiceSettings, hints: DocumentHint[]): void {
  const image = stringAt(container, 'image');
  if (!image || image.value.trim() === '' || pairOf(container, 'imagePullPolicy')) return;
  const end = valueEnd(image);
  const policy = defaultFor(CONTAINER, 'imagePullPolicy', { image: image.value }, settings.language);
  if (end === undefined || !policy) return;
  const yaml = `imagePullPolicy: ${policy.value}`;
  hints.push({ offset: end, label: yaml, tooltip: words.implied(`\`${yaml}\``, policy.note) });
}

function servicePortHints(root: unknown, words: InlayHintWords, hints: DocumentHint[]): void {
  const ports = pairOf(mapAt(root, 'spec'), 'ports')?.value;
  for (const { map } of mapItems(ports)) {
    const portPair = pairOf(map, 'port');
    const port = isScalar(portPair?.value) ? portPair.value : undefined;
    // After the port number; without one, after the item's first value (or key).
    const firstPair = map.items[0];
    const anchor = port ?? (isScalar(firstPair?.value) ? firstPair.value : isScalar(firstPair?.key) ? firstPair.key : undefined);
    const at = anchor ? valueEnd(anchor) : undefined;
    if (at === undefined) continue;
    if (!pairOf(map, 'protocol')) hints.push({ offset: at, label: 'protocol: TCP', tooltip: words.protocolDefault });
    const number = port?.value;
    if (!pairOf(map, 'targetPort') && (typeof number === 'number' || (typeof number === 'string' && /^\d+$/.test(number)))) {
      hints.push({ offset: at, label: `targetPort: ${String(number)}`, tooltip: words.targetPortSameAsPort(String(number)) });
    }
  }
}

const BINARY_SUFFIXES = new Set(['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);
const DECIMAL_SUFFIXES = new Set(['k', 'M', 'G', 'T', 'P', 'E']);
const DECIMAL_UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const BINARY_UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

function quantityHint(
  chunk: ParsedChunk,
  node: Scalar,
  name: string,
  words: InlayHintWords,
  settings: ServiceSettings,
  hints: DocumentHint[],
): void {
  const range = node.range;
  if (!range) return;
  const written = typeof node.value === 'string' ? node.value.trim() : chunk.text.slice(range[0], range[1]).trim();
  const quantity = parseQuantity(written);
  if (!quantity) return;
  // `requests.cpu` in a ResourceQuota, `hugepages-2Mi` in limits: the resource is the last part.
  const resource = name.slice(name.lastIndexOf('.') + 1);
  const unit = resourceUnit(resource);
  let label: string | undefined;
  let reading: string | undefined;
  if (unit === 'cpu' && ['m', 'u', 'n'].includes(quantity.suffix)) {
    label = `= ${String(Number(quantity.value.toFixed(9)))} CPU`;
    reading = formatCpu(quantity.value, settings.language);
  } else if (unit === 'bytes') {
    if (BINARY_SUFFIXES.has(quantity.suffix)) label = inUnits(quantity.value, 1000, DECIMAL_UNITS);
    else if (DECIMAL_SUFFIXES.has(quantity.suffix)) label = inUnits(quantity.value, 1024, BINARY_UNITS);
    else if (quantity.suffix === '' && quantity.value >= 1024) label = inUnits(quantity.value, 1024, BINARY_UNITS);
    if (label !== undefined) reading = formatBytes(quantity.value, settings.language);
  }
  if (label === undefined || reading === undefined) return;
  hints.push({ offset: range[1], label, tooltip: words.quantity(written, reading) });
}

/** `134217728` in powers of 1000 → `≈ 134 MB`; exact amounts get `=`. Three significant digits (whole numbers from 100). */
function inUnits(bytes: number, base: number, units: readonly string[]): string | undefined {
  if (!Number.isFinite(bytes) || bytes <= 0) return undefined;
  let power = 0;
  while (power < units.length - 1 && bytes >= base ** (power + 1)) power++;
  if (power === 0) return undefined;
  const amount = bytes / base ** power;
  // Exact amounts of up to four digits as they are (`1000Ki` = 1.024 MB); others rounded.
  const exact = Number(amount.toPrecision(4)) === amount;
  const shown = exact ? amount : amount >= 100 ? Math.round(amount) : Number(amount.toPrecision(3));
  return `${exact ? '=' : '≈'} ${String(shown)} ${units[power] ?? ''}`;
}
