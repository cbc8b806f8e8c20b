// What the outline shows inside each object: containers with their ports and the pod's volumes, a
// Service's ports, a ConfigMap's or Secret's keys, an Ingress's paths; for YAML that is not a
// Kubernetes object, its top-level keys.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { containersOf, podSpecsOf } from '../schema/podSpecs';
import { keyedPairs, mapAt, mapItems, pairOf, scalarText, seqAt, stringAt } from '../util/yamlAccess';
import { SymbolKind, type SymbolKit } from './symbolKit';

const present = <T>(items: readonly (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);

function containerSymbols(kit: SymbolKit, spec: YAMLMap): DocumentSymbol[] {
  return present(
    containersOf(spec).map(({ container, list }) => {
      const name = stringAt(container, 'name');
      const ports = present(
        mapItems(seqAt(container, 'ports')).map(({ map }) => {
          const portName = stringAt(map, 'name');
          const numberNode = pairOf(map, 'containerPort')?.value;
          const number = scalarText(numberNode);
          const protocol = stringAt(map, 'protocol')?.value ?? 'TCP';
          // A named port shows its number as detail; an unnamed one is called by its number.
          const detail = portName && number !== undefined ? `${number}/${protocol}` : protocol;
          return kit.symbol(portName?.value ?? number ?? 'port', SymbolKind.Number, map, portName ?? numberNode, detail);
        }),
      );
      const image = stringAt(container, 'image')?.value;
      const role =
        list === 'initContainers'
          ? stringAt(container, 'restartPolicy')?.value === 'Always'
            ? 'sidecar'
            : 'init'
          : list === 'ephemeralContainers'
            ? 'ephemeral'
            : '';
      const detail = [role, image].filter(Boolean).join(' ');
      return kit.symbol(name?.value ?? '(container)', SymbolKind.Object, container, name, detail, ports);
    }),
  );
}

/** What a volume is made of: `emptyDir`, `configMap web-config`, `persistentVolumeClaim data`… */
function volumeDetail(volume: YAMLMap): string | undefined {
  for (const { key, pair } of keyedPairs(volume)) {
    if (key === 'name') continue;
    const source = pair.value;
    const named = stringAt(source, 'name') ?? stringAt(source, 'secretName') ?? stringAt(source, 'claimName');
    return named ? `${key} ${named.value}` : key;
  }
  return undefined;
}

function podChildren(kit: SymbolKit, kind: string, root: YAMLMap): DocumentSymbol[] {
  return podSpecsOf(kind, root).flatMap(({ spec }) => [
    ...containerSymbols(kit, spec),
    ...present(
      mapItems(seqAt(spec, 'volumes')).map(({ map }) => {
        const name = stringAt(map, 'name');
        return kit.symbol(name?.value ?? '(volume)', SymbolKind.Variable, map, name, volumeDetail(map));
      }),
    ),
  ]);
}

function servicePorts(kit: SymbolKit, root: YAMLMap): DocumentSymbol[] {
  return present(
    mapItems(seqAt(mapAt(root, 'spec'), 'ports')).map(({ map }) => {
      const name = stringAt(map, 'name');
      const port = scalarText(pairOf(map, 'port')?.value);
      const target = scalarText(pairOf(map, 'targetPort')?.value);
      const detail = [
        port !== undefined ? `${port}${target !== undefined ? ` → ${target}` : ''}` : undefined,
        stringAt(map, 'protocol')?.value,
      ]
        .filter(Boolean)
        .join(' ');
      return kit.symbol(name?.value ?? port ?? 'port', SymbolKind.Number, map, name ?? pairOf(map, 'port')?.value, detail);
    }),
  );
}

function dataKeys(kit: SymbolKit, root: YAMLMap): DocumentSymbol[] {
  return ['data', 'stringData', 'binaryData'].flatMap((section) =>
    present(
      keyedPairs(mapAt(root, section)).map(({ key, pair }) =>
        kit.symbol(key, SymbolKind.Key, pairSpan(kit, pair), pair.key, section === 'data' ? undefined : section),
      ),
    ),
  );
}

function ingressPaths(kit: SymbolKit, root: YAMLMap): DocumentSymbol[] {
  const spec = mapAt(root, 'spec');
  const out: DocumentSymbol[] = [];
  for (const { map: rule } of mapItems(seqAt(spec, 'rules'))) {
    const host = stringAt(rule, 'host');
    for (const { map: path } of mapItems(seqAt(mapAt(rule, 'http'), 'paths'))) {
      const pathNode = stringAt(path, 'path');
      const service = mapAt(mapAt(path, 'backend'), 'service');
      const port = mapAt(service, 'port');
      const target = stringAt(service, 'name')?.value;
      const portText = stringAt(port, 'name')?.value ?? scalarText(pairOf(port, 'number')?.value);
      const detail = target ? `→ ${target}${portText ? `:${portText}` : ''}` : undefined;
      const symbol = kit.symbol(`${host?.value ?? '*'}${pathNode?.value ?? '/'}`, SymbolKind.Field, path, pathNode, detail);
      if (symbol) out.push(symbol);
    }
  }
  return out;
}

/** A map entry from its key to the end of its value. */
function pairSpan(kit: SymbolKit, pair: { key: unknown; value: unknown }): readonly [number, number] | undefined {
  const keySpan = kit.span(pair.key);
  return keySpan ? [keySpan[0], (kit.span(pair.value) ?? keySpan)[1]] : undefined;
}

/** Top-level keys of a document that is not a Kubernetes object (a workflow, a values file). */
export function topLevelKeys(kit: SymbolKit, root: unknown): DocumentSymbol[] {
  if (!isMap(root)) return [];
  return present(
    keyedPairs(root).map(({ key, pair }) => {
      const whole = pairSpan(kit, pair);
      const value = isScalar(pair.value) ? scalarText(pair.value) : undefined;
      return kit.symbol(key, isMap(pair.value) ? SymbolKind.Object : SymbolKind.Property, whole, pair.key, value);
    }),
  );
}

export function objectChildren(kit: SymbolKit, kind: string, apiVersion: string, root: YAMLMap): DocumentSymbol[] {
  if (podSpecsOf(kind, root).length > 0) return podChildren(kit, kind, root);
  if (apiVersion === 'v1' && kind === 'Service') return servicePorts(kit, root);
  if (apiVersion === 'v1' && (kind === 'ConfigMap' || kind === 'Secret')) return dataKeys(kit, root);
  if (kind === 'Ingress' && apiVersion.startsWith('networking.k8s.io/')) return ingressPaths(kit, root);
  return [];
}
