// Base64 as the API server reads `[]byte` fields (Secret `data`, ConfigMap `binaryData`, `caBundle`):
// Go's standard encoding with `=` padding, where only line breaks may stand between the characters.

/** Why a text is not base64, as data that the messages word. */
export type Base64Issue =
  /** A character outside `A–Z a–z 0–9 + /` and the `=` padding (a space, `-`, `_`, `:` …). */
  | { readonly kind: 'character'; readonly character: string }
  /** The length without line breaks is not a multiple of 4 (padding left out, or plain text). */
  | { readonly kind: 'length' }
  /** `=` somewhere else than the last one or two places. */
  | { readonly kind: 'padding' };

const ALPHABET = /[A-Za-z0-9+/=]/;

/** Why `text` is not base64 the API server accepts, or undefined. */
export function base64Issue(text: string): Base64Issue | undefined {
  const joined = text.replace(/[\r\n]/g, '');
  const character = [...joined].find((ch) => !ALPHABET.test(ch));
  if (character !== undefined) return { kind: 'character', character };
  if (joined.length % 4 !== 0) return { kind: 'length' };
  return /^[A-Za-z0-9+/]*={0,2}$/.test(joined) ? undefined : { kind: 'padding' };
}

/** Decoded size in bytes of text that `base64Issue` accepts. */
export function decodedLength(text: string): number {
  const joined = text.replace(/[\r\n]/g, '');
  const padding = joined.endsWith('==') ? 2 : joined.endsWith('=') ? 1 : 0;
  return (joined.length / 4) * 3 - padding;
}

export function encodeBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Printable text, tabs and line breaks: what a decoded certificate, key or config file consists of. */
function isReadable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code === 9 || code === 10 || code === 13 || (code >= 32 && code !== 127 && code !== 0xfffd);
}

/**
 * The base64 text someone meant, when a value is base64 broken only by spaces, tabs or missing
 * padding (a certificate pasted over several plain lines, `tr -d =`), and it decodes to readable
 * text; undefined when the value reads as plain text that was never encoded.
 */
export function repairedBase64(text: string): string | undefined {
  const joined = text.replace(/\s+/g, '');
  if (joined === text.replace(/[\r\n]/g, '') && joined.length % 4 === 0) return undefined; // nothing to repair
  if (joined.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(joined)) return undefined;
  const bare = joined.replace(/=+$/, '');
  if (bare.length % 4 === 1) return undefined;
  const padded = bare + '='.repeat((4 - (bare.length % 4)) % 4);
  const decoded = Buffer.from(padded, 'base64');
  const readable = decoded.toString('utf8');
  // Plain words that happen to use only base64 letters decode to noise, not to text.
  return Buffer.from(readable, 'utf8').equals(decoded) && [...readable].every(isReadable) ? padded : undefined;
}
