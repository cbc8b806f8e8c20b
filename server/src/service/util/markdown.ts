// Markdown as plain text, for editors that show hovers and documentation as plain text: the
// service writes markdown (code spans, emphasis, links, rules, fences), and a plain-text reader
// should see the words without the markup.

/** `**path**` → path, `` `x` `` → x, `[text](url)` → text (url) (a link named by its URL → the URL), `---` → a blank line, fences dropped. */
export function markdownToPlainText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (/^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      out.push('');
      continue;
    }
    out.push(inline(line.replace(/^#{1,6}\s+/, '').replace(/ {2}$/, '')));
  }
  // Rules next to blank lines would leave runs of them.
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Code spans lose their backticks and keep their text as is; the rest loses emphasis and link markup. */
function inline(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, index) => (index % 2 === 1 ? part.slice(1, -1) : prose(part)))
    .join('');
}

function prose(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) =>
      label === '' || url.endsWith(label) ? url : `${label} (${url})`,
    )
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
