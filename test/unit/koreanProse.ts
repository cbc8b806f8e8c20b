// Finds English prose that Podwright itself wrote in text meant for Korean readers. Code spans,
// links to URLs, bold field names and the official Kubernetes text (marked `*공식 설명:*`) are data,
// not our prose, so they are left out; so are the Korean field explanations, which are Korean
// prose that names tools and quotes error messages (kubelet, minikube, `Insufficient cpu`) on
// purpose. What remains should have no English words beyond the product and unit names below.
import { korean } from '../../server/src/service/schema/explanations/ko';
import { summaryOf } from '../../server/src/service/completion/summary';

/** Words that are names, not prose: they read the same in a Korean sentence. */
const NAMES = new Set([
  'Kubernetes',
  'API',
  'CPU',
  'KiB',
  'MiB',
  'GiB',
  'TiB',
  'PiB',
  'EiB',
  'kB',
  'MB',
  'GB',
  'TB',
  'PB',
  'EB',
  'Docker',
  'Hub',
  'docker',
  'io',
  'tmpfs',
  'kubectl',
  'logs',
  'exec',
  'amd',
  'arm',
  'linux',
  'windows',
]);

const OFFICIAL = '*공식 설명:*';

// Longest first, so a whole explanation goes before its first sentence is looked for.
const explanations = Object.values(korean)
  .flatMap((text) => [text, summaryOf(text)])
  .sort((a, b) => b.length - a.length);

/** Drops the official text: from its heading to the closing line of links, or to the end. */
function withoutOfficial(text: string): string {
  const start = text.indexOf(OFFICIAL);
  if (start < 0) return text;
  const tail = text.slice(start);
  const links = tail.lastIndexOf('\n\n[');
  return text.slice(0, start) + (links >= 0 ? tail.slice(links) : '');
}

/** The English words in `text` that are ours; empty when the text is Korean throughout. */
export function englishWords(text: string): string[] {
  const ours = withoutOfficial(explanations.reduce((rest, explanation) => rest.split(explanation).join(' '), text))
    .replace(/`[^`]*`/g, ' ')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string) => (/[/.]/.test(label) ? ' ' : label))
    .replace(/https?:\/\/\S+/g, ' ')
    // Quantities as written in YAML (`500m`, `128Mi`) are values even outside code spans.
    .replace(/\b\d+(?:\.\d+)?[A-Za-z]+\b/g, ' ')
    .replace(/\*\*[A-Za-z][A-Za-z0-9]*\*\*/g, ' ');
  return (ours.match(/[A-Za-z]+/g) ?? []).filter((word) => !NAMES.has(word));
}
