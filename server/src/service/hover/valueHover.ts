// Hovers on values: what an enum value means, what a quantity amounts to, and how an image
// reference splits up (with the pull policy it implies).
import { impliedPullPolicy, parseImageReference } from '../util/imageRef';
import { formatBytes, formatCpu, parseQuantity, resourceUnit } from '../util/quantity';
import type { ResolvedField } from '../schema/model';
import type { ServiceSettings } from '../settings';
import { hoverLabels } from './labels';

export interface ValueHoverInput {
  readonly settings: ServiceSettings;
  readonly field: ResolvedField;
  /** The key the value sits under (for resources maps: `memory`, `cpu`). */
  readonly key: string;
  readonly value: unknown;
  /** The plain value of the object holding the field (for the container's explicit pull policy). */
  readonly owner: unknown;
}

function enumHover(input: ValueHoverInput): string | undefined {
  const entry = input.field.def.enum?.find((e) => e.v === input.value);
  if (!entry) return undefined;
  return hoverLabels(input.settings.language).enumValue(entry.v, entry.d);
}

function quantityHover(input: ValueHoverInput): string | undefined {
  if (input.field.type.kind !== 'map' || input.field.type.values.kind !== 'scalar' || input.field.type.values.name !== 'quantity') {
    if (!(input.field.type.kind === 'scalar' && input.field.type.name === 'quantity')) return undefined;
  }
  const parsed = parseQuantity(String(input.value));
  if (!parsed) return undefined;
  const labels = hoverLabels(input.settings.language);
  const unit = resourceUnit(input.field.name === 'sizeLimit' ? 'sizeLimit' : input.key);
  const language = input.settings.language;
  const amount =
    unit === 'cpu' ? formatCpu(parsed.value, language) : unit === 'bytes' ? formatBytes(parsed.value, language) : String(parsed.value);
  return `**${labels.value}:** \`${String(input.value)}\` = ${amount}`;
}

function imageHover(input: ValueHoverInput): string | undefined {
  if (input.field.name !== 'image' || typeof input.value !== 'string') return undefined;
  const parsed = parseImageReference(input.value);
  if (!parsed.ok) return undefined;
  const labels = hoverLabels(input.settings.language);
  const ref = parsed.ref;
  const explicit =
    typeof input.owner === 'object' && input.owner !== null ? (input.owner as { imagePullPolicy?: unknown }).imagePullPolicy : undefined;
  const policy = typeof explicit === 'string' ? explicit : impliedPullPolicy(ref);
  return [
    `${labels.registry}: ${ref.registry ? `\`${ref.registry}\`` : labels.dockerHub}`,
    `${labels.repository}: \`${ref.repository}\``,
    `${labels.tag}: ${ref.tag ? `\`${ref.tag}\`` : ref.digest ? '—' : labels.noTag}`,
    ...(ref.digest ? [`${labels.digest}: \`${ref.digest}\``] : []),
    labels.pullPolicy(policy, typeof explicit === 'string'),
  ].join('  \n');
}

export function valueHoverMarkdown(input: ValueHoverInput): string | undefined {
  return enumHover(input) ?? quantityHover(input) ?? imageHover(input);
}
