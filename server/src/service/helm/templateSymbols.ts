// The outline of a template names objects as written: the rules and the outline read the masked
// text, where `name: {{ include "web.fullname" . }}` is a run of `x`s; each run goes back to its action.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Manifest, TemplateSource } from '../document/manifest';

function restore(
  text: string,
  template: TemplateSource,
  masked: string,
  from: number,
  to: number,
  first: readonly [number, number],
): string {
  let out = text;
  const inFirst = template.actions.filter((a) => a.kind === 'value' && a.start >= first[0] && a.end <= first[1]);
  const rest = template.actions.filter((a) => a.kind === 'value' && a.start >= from && a.end <= to && !inFirst.includes(a));
  for (const action of [...inFirst, ...rest]) {
    if (!out.includes('x')) break;
    const mask = masked.slice(action.start, action.end);
    // Only a whole run of `x`s of the action's length is its mask.
    const run = new RegExp(`(?<!x)${mask}(?!x)`);
    if (run.test(out)) out = out.replace(run, () => template.source.slice(action.start, action.end));
  }
  return out;
}

export function templateSymbols(manifest: Manifest, symbols: DocumentSymbol[]): DocumentSymbol[] {
  const template = manifest.template;
  if (!template) return symbols;
  const offsets = (range: DocumentSymbol['range']): [number, number] => [
    manifest.lines.offsetAt(range.start),
    manifest.lines.offsetAt(range.end),
  ];
  const visit = (symbol: DocumentSymbol): DocumentSymbol => {
    const [from, to] = offsets(symbol.range);
    const first = offsets(symbol.selectionRange);
    const name = restore(symbol.name, template, manifest.text, from, to, first);
    const detail = symbol.detail === undefined ? undefined : restore(symbol.detail, template, manifest.text, from, to, first);
    return {
      ...symbol,
      name,
      ...(detail === undefined ? {} : { detail }),
      ...(symbol.children ? { children: symbol.children.map(visit) } : {}),
    };
  };
  return symbols.map(visit);
}
