// The hover of a key: path, type, required, allowed values, default, versions, our explanation and
// the official description.
import { explanationFor } from '../schema/explanations/index';
import { defaultFor } from '../schema/facts/defaults';
import { fieldAvailableIn, isCustomTypeId, typeLabel, type ResolvedField, type TypeModel } from '../schema/model';
import { formatPath, type PathSegment } from '../schema/resolvePath';
import type { ServiceSettings } from '../settings';
import { referenceLink } from './docLinks';
import { hoverLabels } from './labels';

export interface KeyHoverInput {
  readonly model: TypeModel;
  readonly settings: ServiceSettings;
  readonly kind: string;
  readonly path: readonly PathSegment[];
  readonly field: ResolvedField;
  readonly required: boolean;
  /** The plain value of the object that holds the field, for defaults that depend on siblings. */
  readonly owner: unknown;
  /** For a custom resource: where its schema came from (KindDef.origin). */
  readonly origin?: string;
}

/** Moves "More info: URL" out of the prose and into a link. */
function splitMoreInfo(description: string): { prose: string; links: string[] } {
  const links: string[] = [];
  const prose = description
    .replace(/\s*More info:\s*(https?:\/\/\S+?)(?=[\s,;]|\.?(?:\s|$))\.?/g, (_m, url: string) => {
      links.push(url);
      return '';
    })
    .trim();
  return { prose, links };
}

function versionsLine(model: TypeModel, field: ResolvedField, settings: ServiceSettings): string {
  const labels = hoverLabels(settings.language);
  const versions = model.versions;
  const first = versions[0] ?? '';
  const last = versions[versions.length - 1] ?? '';
  if (!field.def.since && !field.def.until) return labels.allVersions(first, last);
  const parts: string[] = [];
  if (field.def.since) parts.push(labels.since(field.def.since));
  if (field.def.until) parts.push(labels.until(field.def.until));
  const missing = fieldAvailableIn(field.def, settings.kubernetesVersion) ? '' : ` ⚠ ${settings.kubernetesVersion}`;
  return `${parts.join(', ')}${missing}`;
}

export function keyHoverMarkdown(input: KeyHoverInput): string {
  const { model, settings, field } = input;
  const labels = hoverLabels(settings.language);
  const lines: string[] = [];
  lines.push(`**${field.name}** \`${labels.typeName(typeLabel(field.type))}\` · ${input.required ? labels.required : labels.optional}`);
  lines.push('', `\`${formatPath(input.path)}\``);
  const explanation = explanationFor(field.ownerTypeId, field.name, settings.language, model.isKindType(field.ownerTypeId));
  if (explanation) lines.push('', explanation);

  const facts: string[] = [];
  const values = field.def.enum?.map((e) => e.v).filter((v) => v !== '');
  if (values && values.length > 0) facts.push(`${labels.allowedValues}: ${values.map((v) => `\`${v}\``).join(' · ')}`);
  const fallback = defaultFor(field.ownerTypeId, field.name, input.owner, settings.language);
  if (fallback) facts.push(`${labels.defaultValue}: \`${fallback.value}\`${fallback.note ? ` (${fallback.note})` : ''}`);
  // A custom resource's field: its CRD, not the Kubernetes version, says whether it exists.
  const custom = isCustomTypeId(field.ownerTypeId);
  if (custom) {
    if (input.origin !== undefined) facts.push(`${labels.schemaSource}: ${input.origin}`);
  } else {
    facts.push(`${labels.versions}: ${versionsLine(model, field, settings)}`);
  }
  if (facts.length > 0) lines.push('', facts.join('  \n'));

  const { prose, links } = splitMoreInfo(field.def.d);
  if (prose) lines.push('', '---', '', `*${custom ? labels.schemaDescription : labels.official}:* ${prose}`);
  const linkList = links.map((url) => `[${url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}](${url})`);
  const refs = custom ? linkList : [`[${labels.reference}](${referenceLink(input.kind, field.ownerTypeId)})`, ...linkList];
  if (refs.length > 0) lines.push('', refs.join(' · '));
  return lines.join('\n');
}
