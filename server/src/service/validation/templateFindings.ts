// Which findings a Helm template keeps. The rules run on the masked text as on any manifest; here
// we keep only what the literal text proves, so no finding ever lands on what an action writes.
import { isCollection, type Node } from 'yaml';
import type { ParsedChunk } from '../document/manifest';
import type { Finding } from './rule';
import { openNodesOf } from '../helm/openNodes';
import { templateFixes } from './templateFixes';
import { underCondition, unmaskMessage } from '../helm/templateText';

/** Findings about a literal key itself: true whatever an action writes beside or below it. */
const KEY_CODES = new Set(['unknown-field', 'misplaced-field', 'unavailable-in-version']);

/** Findings about one literal value or the text; an action's span never holds one of them. */
const LITERAL_CODES = new Set([
  ...KEY_CODES,
  'invalid-enum',
  'invalid-quantity',
  'invalid-name',
  'invalid-label',
  'invalid-image',
  'wrong-api-version',
  'unknown-kind',
  'type-mismatch',
  'out-of-range',
  'cron-schedule',
  'invalid-time-zone',
  'not-base64',
  'invalid-data-key',
  'node-port-range',
  'ingress-host',
  'ingress-path',
  'schema-range',
  'schema-pattern',
  'schema-length',
  'schema-format',
  'yaml-syntax',
  'tab-indent',
  'duplicate-key',
]);
/**
 * Checks of one object that also say what it lacks (a claim without a storage size, a rule
 * without verbs): kept, like `required-field`, only where no insertion lands in that object.
 */
const OBJECT_CODES = new Set(['required-field', 'pvc-spec', 'rbac-rule', 'rbac-binding']);

/**
 * Best practices about one literal field (`hostNetwork: true`, `privileged: true`, a hostPath
 * volume): kept as literal findings are, and only outside `if`/`with` blocks, where a chart lets
 * its user opt in. Their messages name the container or volume, which an action may write.
 */
const PRACTICE_CODES = new Set(['best-practice-host-network', 'best-practice-host-path', 'best-practice-privileged']);

// Everything else weighs fields against each other — limits against
// requests, selectors against labels, volumes against mounts — and an action may write either side.

const overlaps = (finding: Finding, start: number, end: number): boolean =>
  (finding.start < end && start < finding.end) || (finding.start === finding.end && start <= finding.start && finding.start < end);

/** True when a required field could come from an insertion into the object the finding names. */
function mayBeSupplied(chunk: ParsedChunk, finding: Finding): boolean {
  const open = openNodesOf(chunk);
  const at = open.pairAt(finding.start);
  if (!at) return open.collections.size > 0;
  const value = at.pair.value as Node | null;
  if (open.producedPairs.has(at.pair) || open.collections.has(at.parent)) return true;
  return value !== null && isCollection(value) && open.collections.has(value);
}

function keep(chunk: ParsedChunk, finding: Finding): boolean {
  const template = chunk.template;
  if (!template) return true;
  // `{{ if .a }}k: 1{{ end }}{{ if not .a }}k: 2{{ end }}` renders one `k`: in a template with
  // conditions, two literal keys may never meet.
  if (
    finding.code === 'duplicate-key' &&
    template.actions.some((a) => a.kind === 'control' && /^\{\{-?\s*(?:if|else|with|range)\b/.test(template.source.slice(a.start, a.end)))
  )
    return false;
  if (finding.code === 'yaml-syntax' && template.branches) return false;
  if (PRACTICE_CODES.has(finding.code) && underCondition(template, finding.start)) return false;
  if (!OBJECT_CODES.has(finding.code) && !LITERAL_CODES.has(finding.code) && !PRACTICE_CODES.has(finding.code)) return false;
  if (template.actions.some((a) => a.kind === 'value' && overlaps(finding, a.start, a.end))) return false;
  if (OBJECT_CODES.has(finding.code)) return !mayBeSupplied(chunk, finding);
  if (KEY_CODES.has(finding.code)) return true;
  if (finding.code === 'best-practice-host-path') {
    const at = openNodesOf(chunk).pairAt(finding.start);
    return !at || !openNodesOf(chunk).producedPairs.has(at.pair);
  }
  // A finding on a key about its value: an action that writes any of the value makes it unknown.
  const at = openNodesOf(chunk).pairAt(finding.start);
  if (!at) return true;
  if (openNodesOf(chunk).producedPairs.has(at.pair)) return false;
  const range = (at.pair.value as Node | null)?.range;
  return !range || !template.actions.some((a) => a.start >= range[0] && a.start < range[1]);
}

/** The findings of a template document that its literal text proves. */
export function templateFindings(chunk: ParsedChunk, findings: readonly Finding[]): readonly Finding[] {
  const template = chunk.template;
  if (!template) return findings;
  return findings
    .filter((finding) => keep(chunk, finding))
    .map((finding) =>
      PRACTICE_CODES.has(finding.code) ? { ...finding, message: unmaskMessage(chunk.text, template, finding.message) } : finding,
    )
    .map((finding) => (finding.fixes ? { ...finding, fixes: templateFixes(chunk.text, template, finding.fixes) } : finding));
}
