// The outline of a manifest: one symbol per document, named `Kind name`, with what each kind holds
// (objectChildren.ts) below it.
import { isMap } from 'yaml';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Manifest } from '../document/manifest';
import { mapAt, pairOf, stringAt } from '../util/yamlAccess';
import { objectChildren, topLevelKeys } from './objectChildren';
import { contentSpan } from './spans';
import { symbolKit, SymbolKind } from './symbolKit';

export function documentSymbols(manifest: Manifest): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const document of manifest.documents) {
    const root = document.chunk.yaml.contents;
    const text = document.chunk.text;
    const rootStart = (root as { range?: [number, number, number] } | null)?.range?.[0];
    const whole = rootStart === undefined ? undefined : contentSpan(text, rootStart);
    if (!whole || !isMap(root)) continue;
    const kit = symbolKit(manifest, document);
    const { apiVersion, kind } = document.chunk.identity;
    const metadata = mapAt(root, 'metadata');
    const name = stringAt(metadata, 'name');
    try {
      if (kind) {
        const namespace = stringAt(metadata, 'namespace')?.value;
        const detail = [apiVersion, namespace ? `namespace ${namespace}` : undefined].filter(Boolean).join(', ');
        const children = objectChildren(kit, kind, apiVersion ?? '', root);
        const symbol = kit.symbol(
          name ? `${kind} ${name.value}` : kind,
          SymbolKind.Class,
          whole,
          name ?? pairOf(root, 'kind')?.value,
          detail,
          children,
        );
        if (symbol) symbols.push(symbol);
      } else {
        const symbol = kit.symbol(
          `Document ${document.index + 1}`,
          SymbolKind.Module,
          whole,
          undefined,
          undefined,
          topLevelKeys(kit, root),
        );
        if (symbol) symbols.push(symbol);
      }
    } catch {
      // A document mid-edit can be any shape: it simply has no outline until it parses.
    }
  }
  return symbols;
}
