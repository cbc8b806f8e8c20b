// Seeded generators of broken, hostile and huge YAML for the robustness test. Every generator is a
// pure function of its inputs and the PRNG, so a failing case reproduces from its seed.

/** mulberry32: small, fast, good enough to spread mutations; not for cryptography. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

/** Prefixes of `text` at every `stride` characters, and the whole text. */
export function prefixes(text: string, stride: number): string[] {
  const result: string[] = [];
  for (let length = 0; length < text.length; length += stride) result.push(text.slice(0, length));
  result.push(text);
  return result;
}

/** Shifts the indentation of about a third of the lines by -3…+3 spaces. */
export function shuffleIndentation(text: string, random: Random): string {
  return text
    .split('\n')
    .map((line) => {
      if (random() > 0.33) return line;
      const shift = randomInt(random, 7) - 3;
      if (shift >= 0) return ' '.repeat(shift) + line;
      return line.replace(new RegExp(`^ {0,${-shift}}`), '');
    })
    .join('\n');
}

const YAML_PUNCTUATION = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '#',
  ',',
  '?',
  '\t',
  ' ',
  '\n',
  '---\n',
  '...\n',
  '<<: ',
  '&a ',
  '*a',
  '!!binary ',
  '\\',
];

/** `count` random insertions, deletions and replacements, biased to YAML's own punctuation. */
export function mutate(text: string, random: Random, count: number): string {
  let result = text;
  for (let i = 0; i < count; i++) {
    const at = randomInt(random, result.length + 1);
    const piece = YAML_PUNCTUATION[randomInt(random, YAML_PUNCTUATION.length)] ?? ':';
    const action = randomInt(random, 3);
    if (action === 0) result = result.slice(0, at) + piece + result.slice(at);
    else if (action === 1) result = result.slice(0, at) + result.slice(at + 1 + randomInt(random, 8));
    else result = result.slice(0, at) + piece + result.slice(at + piece.length);
  }
  return result;
}

const CONTROL = [
  '\0',
  '\x01',
  '\x07',
  '\x08',
  '\x0b',
  '\x0c',
  '\x1b',
  '\x7f',
  '\x85',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\u{1f600}',
  '\u200b',
];

/** Control characters, lone surrogates, BOMs and line separators sprinkled over `text`. */
export function sprinkleControlCharacters(text: string, random: Random, count: number): string {
  let result = text;
  for (let i = 0; i < count; i++) {
    const at = randomInt(random, result.length + 1);
    result = result.slice(0, at) + (CONTROL[randomInt(random, CONTROL.length)] ?? '\0') + result.slice(at);
  }
  return result;
}

/** Random bytes read as UTF-8 (invalid sequences become U+FFFD) or as Latin-1 (every control byte kept). */
export function randomBytes(random: Random, length: number, encoding: 'utf8' | 'latin1'): string {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = randomInt(random, 256);
  return bytes.toString(encoding);
}

/** Documents of `sample` separated by `---` until the text is at least `bytes` long. */
export function repeatUntil(sample: string, bytes: number): string {
  const copies = Math.ceil(bytes / (sample.length + 4));
  return Array.from({ length: copies }, () => sample).join('---\n');
}

/** Hostile nesting; block mappings grow quadratically with depth (each level indents one more space). */
export function deepNesting(depth: number): Record<string, string> {
  const blockDepth = Math.min(depth, 2000);
  let blockMap = '';
  for (let i = 0; i < blockDepth; i++) blockMap += `${' '.repeat(i)}a:\n`;
  return {
    'unclosed flow sequences': '['.repeat(depth),
    'closed flow sequences': `${'['.repeat(depth)}1${']'.repeat(depth)}`,
    'flow mappings': `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
    'compact block sequences': `${'- '.repeat(depth)}x\n`,
    'block sequences in a Pod': `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n${'- '.repeat(depth)}name: x\n`,
    [`block mappings (${blockDepth} levels)`]: blockMap,
    'flow in a Pod spec': `apiVersion: v1\nkind: Pod\nspec: ${'{containers: ['.repeat(depth)}${']}'.repeat(depth)}\n`,
  };
}

/** Billion-laughs style alias bombs: `levels` levels of `fanout` aliases of the level below. */
export function aliasBombs(levels: number, fanout: number): Record<string, string> {
  const seq = (name: string, ref: string) => `${name}: &${name} [${Array.from({ length: fanout }, () => `*${ref}`).join(', ')}]\n`;
  const map = (name: string, ref: string) =>
    `${name}: &${name} {${Array.from({ length: fanout }, (_, i) => `k${i}: *${ref}`).join(', ')}}\n`;
  let sequences = 'l0: &l0 "lol"\n';
  let mappings = 'l0: &l0 {name: lol, image: "nginx:1.27"}\n';
  for (let i = 1; i <= levels; i++) {
    sequences += seq(`l${i}`, `l${i - 1}`);
    mappings += map(`l${i}`, `l${i - 1}`);
  }
  const top = `l${levels}`;
  const pod = (body: string, use: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: lol\n${body}spec:\n  containers: *${use}\n  volumes: [*${use}]\n`;
  return {
    'sequence bomb at the top level of a Pod': pod(sequences, top),
    'mapping bomb at the top level of a Pod': pod(mappings, top),
    'sequence bomb as annotations': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: lol\n  annotations: &ann\n${sequences.replace(/^/gm, '    ').trimEnd()}\n  labels: *ann\nspec:\n  containers: [{name: a, image: b, env: [*${top}], args: *${top}}]\n`,
    'bomb in a docker-compose file': `${sequences}services: *${top}\n`,
    'merge keys of aliases': `${mappings}apiVersion: v1\nkind: Pod\nmetadata: {name: m}\nspec:\n  containers:\n    - <<: *${top}\n      name: c\n`,
  };
}
