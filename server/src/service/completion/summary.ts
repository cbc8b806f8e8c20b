// One-line summaries of official descriptions for completion lists.

/** The first sentence of a description, without "More info" links, at most ~120 characters. */
export function summaryOf(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 120 ? `${sentence.slice(0, 117).trimEnd()}…` : sentence;
}
