// ingress-path, ingress-host and ingress-backend: what the API server checks in an Ingress beyond its
// schema. Many Ingress manifests are copied from tutorials written for `extensions/v1beta1`, with
// backends as `serviceName`/`servicePort` and `backend` for `defaultBackend`: those keys are explained
// here, with a rewrite to the v1 form, instead of as unknown fields (see `isLegacyIngressKey`).
// A path without `pathType` is left to required-field, which fills in `pathType: Prefix`.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { parseIp } from '../../util/ip';
import { replaceScalar, insertFirstEntry } from '../../util/textEdits';
import { isStringScalar, mapItems, pairOf, seqAt, type KeyedPair, type StringScalar } from '../../util/yamlAccess';
import { ingressMessages, type BackendProblem, type HostProblem, type PathProblem } from '../messages/ingress';
import type { Fix, Rule } from '../rule';
import { deleteLines, fillEmptyValue } from '../yamlEdits';
import { columnOf, contentEnd, lineEndOf, lineStartOf, spaces, startsItsLine } from '../yamlText';
import { eolOf, integerOf, isSet, kindDocument, reportAt, reportRange, sourceOf, stringItems, type KindDocument } from './kindKit';

const SPEC_TYPE = 'io.k8s.api.networking.v1.IngressSpec';
const BACKEND_TYPE = 'io.k8s.api.networking.v1.IngressBackend';
const LEGACY_KEYS = new Map<string, readonly string[]>([
  [BACKEND_TYPE, ['serviceName', 'servicePort']],
  [SPEC_TYPE, ['backend']],
]);

/** Keys of the `extensions/v1beta1` Ingress that this rule explains, so unknown-field stays quiet about them. */
export function isLegacyIngressKey(ownerTypeId: string, key: string): boolean {
  return LEGACY_KEYS.get(ownerTypeId)?.includes(key) ?? false;
}

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];
const FORBIDDEN_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const FORBIDDEN_SUFFIXES = ['/..', '/.'];
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_HOST = 253;

// ---------------------------------------------------------------------------------------------
// Backends

function keyStart(pair: KeyedPair): number {
  return pair.key.range?.[0] ?? 0;
}

/** The `service: {name, port}` block replacing `serviceName`/`servicePort`, when the layout allows. */
function rewriteLegacy(doc: KindDocument, backend: YAMLMap, pairs: readonly KeyedPair[], name: string, port: string): Fix | undefined {
  const text = doc.text;
  const say = ingressMessages[doc.context.settings.language];
  if (backend.items.length !== pairs.length) return undefined; // other keys beside the old ones: leave it to the user
  if (backend.flow) {
    const range = backend.range;
    if (!range) return undefined;
    return {
      title: say.rewriteBackend,
      preferred: true,
      edits: [{ start: range[0], end: contentEnd(text, backend), newText: `{service: {name: ${name}, port: {${port}}}}` }],
    };
  }
  const [first, last] = pairs;
  const firstValue = first?.value;
  if (!first || !isScalar(firstValue) || !firstValue.range) return undefined;
  const start = keyStart(first);
  const column = columnOf(text, start);
  const eol = eolOf(text);
  const block = ['service:', `  name: ${name}`, '  port:', `    ${port}`].join(`${eol}${spaces(column)}`);
  const edits = [{ start, end: firstValue.range[1], newText: block }];
  if (last && last !== first) {
    const lastValue = last.value;
    const lastStart = keyStart(last);
    if (!isScalar(lastValue) || !lastValue.range || !startsItsLine(text, lastStart)) return undefined;
    edits.push(deleteLines(text, lineStartOf(text, lastStart), lineEndOf(text, lastValue.range[1])));
  }
  return { title: say.rewriteBackend, preferred: true, edits };
}

function checkLegacyBackend(doc: KindDocument, backend: YAMLMap, service: KeyedPair | undefined, port: KeyedPair | undefined): void {
  const text = doc.text;
  const pairs = [service, port].filter((p): p is KeyedPair => p !== undefined).sort((a, b) => keyStart(a) - keyStart(b));
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  if (!first || !last) return;
  const serviceValue = service?.value;
  const portValue = port?.value;
  const serviceText = isScalar(serviceValue) && serviceValue.value !== null ? sourceOf(text, serviceValue) : undefined;
  const portNumber =
    integerOf(portValue) ?? (isStringScalar(portValue) && /^\d+$/.test(portValue.value) ? Number(portValue.value) : undefined);
  const portField =
    portNumber !== undefined
      ? `number: ${portNumber}`
      : isStringScalar(portValue) && portValue.value !== ''
        ? `name: ${sourceOf(text, portValue)}`
        : undefined;
  const shownPort = portNumber !== undefined ? String(portNumber) : isStringScalar(portValue) ? portValue.value : undefined;
  const shownService = isStringScalar(serviceValue) ? serviceValue.value : undefined;
  const fix = serviceText !== undefined && portField !== undefined ? rewriteLegacy(doc, backend, pairs, serviceText, portField) : undefined;
  const lastNode = (last.value as Node | null) ?? last.key;
  reportRange(doc.context, keyStart(first), contentEnd(text, lastNode), {
    code: 'ingress-backend',
    severity: 'error',
    message: ingressMessages[doc.context.settings.language].legacyBackend(shownService, shownPort),
    ...(fix ? { fixes: [fix] } : {}),
  });
}

function backendProblem(doc: KindDocument, node: Node, problem: BackendProblem, fixes: Fix[] = []): void {
  reportAt(doc.context, node, {
    code: 'ingress-backend',
    severity: 'error',
    message: ingressMessages[doc.context.settings.language].backend(problem),
    fixes,
  });
}

/** Only `keys` (or nothing) in the map: a map with other keys has a typo that unknown-field names. */
function onlyKeys(map: YAMLMap, keys: readonly string[]): boolean {
  return map.items.every((item) => isScalar(item.key) && keys.includes(String(item.key.value)));
}

function later(a: KeyedPair, b: KeyedPair): KeyedPair {
  return keyStart(a) > keyStart(b) ? a : b;
}

function checkServicePort(doc: KindDocument, servicePair: KeyedPair): void {
  const service = servicePair.value;
  if (!isMap(service)) return;
  const portPair = pairOf(service, 'port');
  const port = portPair?.value;
  if (!isSet(port)) {
    if (onlyKeys(service, ['name', 'port'])) backendProblem(doc, portPair?.key ?? servicePair.key, { kind: 'noPort' });
    return;
  }
  if (!isMap(port) || !portPair) return;
  const number = pairOf(port, 'number');
  const name = pairOf(port, 'name');
  const numberValue = integerOf(number?.value);
  const hasNumber = numberValue !== undefined && numberValue !== 0;
  const hasName = isStringScalar(name?.value) && name.value.value !== '';
  if (number && name && hasNumber && hasName) {
    backendProblem(doc, later(number, name).key, { kind: 'bothPorts' });
  } else if (number && numberValue !== undefined && (numberValue < 1 || numberValue > 65535)) {
    backendProblem(doc, number.value as Node, { kind: 'portRange', port: numberValue });
  } else if (!hasNumber && !hasName) {
    if (
      onlyKeys(port, ['number', 'name']) &&
      !(number && isSet(number.value)) &&
      !(name && isSet(name.value) && !isStringScalar(name.value))
    ) {
      backendProblem(doc, portPair.key, { kind: 'noPortValue' });
    }
  } else if (name && isStringScalar(name.value) && /^\d+$/.test(name.value.value)) {
    const digits = name.value.value;
    const valueRange = name.value.range;
    const keyRange = name.key.range;
    const fixes: Fix[] =
      valueRange && keyRange
        ? [
            {
              title: ingressMessages[doc.context.settings.language].usePortNumber(digits),
              preferred: true,
              edits: [
                { start: keyRange[0], end: keyRange[1], newText: 'number' },
                { start: valueRange[0], end: valueRange[1], newText: String(Number(digits)) },
              ],
            },
          ]
        : [];
    backendProblem(doc, name.value, { kind: 'numericPortName', name: digits }, fixes);
  }
}

function checkBackend(doc: KindDocument, backendKey: Node, backend: unknown): void {
  if (!isMap(backend)) return;
  const legacyService = pairOf(backend, 'serviceName');
  const legacyPort = pairOf(backend, 'servicePort');
  if (legacyService || legacyPort) {
    checkLegacyBackend(doc, backend, legacyService, legacyPort);
    return;
  }
  const servicePair = pairOf(backend, 'service');
  const resourcePair = pairOf(backend, 'resource');
  const hasService = isSet(servicePair?.value);
  const hasResource = isSet(resourcePair?.value);
  if (servicePair && resourcePair && hasService && hasResource) {
    backendProblem(doc, later(servicePair, resourcePair).key, { kind: 'bothTargets' });
    return;
  }
  if (!hasService && !hasResource) {
    if (onlyKeys(backend, ['service', 'resource'])) backendProblem(doc, backendKey, { kind: 'noTarget' });
    return;
  }
  if (servicePair && hasService) checkServicePort(doc, servicePair);
}

// ---------------------------------------------------------------------------------------------
// Paths

function urlPath(url: string): string {
  const afterScheme = url.replace(URL, '');
  const slash = afterScheme.indexOf('/');
  return slash < 0 ? '/' : afterScheme.slice(slash);
}

/** A literal path for a pattern that only adds "and everything below" (`/api/*` → `/api`). */
function withoutWildcard(path: string): string | undefined {
  const stripped = path.replace(/\/?\*$/, '');
  const result = stripped === '' ? '/' : stripped;
  return result !== path && !/[*()$|^]/.test(result) ? result : undefined;
}

function pathFinding(
  doc: KindDocument,
  node: Node,
  problem: PathProblem,
  suggestion: string | undefined,
  severity: 'error' | 'warning' = 'error',
): void {
  const say = ingressMessages[doc.context.settings.language];
  const edit = suggestion !== undefined ? replaceScalar(doc.text, node, suggestion) : undefined;
  reportAt(doc.context, node, {
    code: 'ingress-path',
    severity,
    message: say.path(problem),
    fixes: suggestion !== undefined && edit ? [{ title: say.change(suggestion), edits: [edit], preferred: true }] : [],
  });
}

function checkPathText(doc: KindDocument, node: Node, path: string, pathType: string): void {
  if (path === '') {
    pathFinding(doc, node, { kind: 'empty', pathType }, '/');
    return;
  }
  if (URL.test(path)) {
    pathFinding(doc, node, { kind: 'url', path }, urlPath(path));
    return;
  }
  if (!path.startsWith('/')) {
    pathFinding(doc, node, { kind: 'relative', path }, `/${path}`);
    return;
  }
  if (pathType === 'ImplementationSpecific') return;
  const sequence = FORBIDDEN_SEQUENCES.find((s) => path.includes(s));
  if (sequence !== undefined) {
    pathFinding(doc, node, { kind: 'sequence', path, sequence }, sequence === '//' ? path.replace(/\/{2,}/g, '/') : undefined);
    return;
  }
  const suffix = FORBIDDEN_SUFFIXES.find((s) => path.endsWith(s));
  if (suffix !== undefined) {
    pathFinding(doc, node, { kind: 'suffix', path, suffix }, undefined);
    return;
  }
  if (/[*()$|^]/.test(path)) pathFinding(doc, node, { kind: 'pattern', path, pathType }, withoutWildcard(path), 'warning');
}

function checkPath(doc: KindDocument, item: YAMLMap): void {
  const typePair = pairOf(item, 'pathType');
  const pathType = typePair?.value;
  // Without a valid pathType the API server looks no further: required-field or invalid-enum speak.
  if (!typePair || !isStringScalar(pathType) || !PATH_TYPES.includes(pathType.value)) return;
  const pathPair = pairOf(item, 'path');
  const path = pathPair?.value;
  const literal = pathType.value !== 'ImplementationSpecific';
  if (!isSet(path)) {
    if (!literal) return;
    const say = ingressMessages[doc.context.settings.language];
    const edit = pathPair ? fillEmptyValue(doc.text, pathPair.key, path, ['/']) : insertFirstEntry(doc.text, item, 'path: /');
    reportAt(doc.context, pathPair?.key ?? typePair.key, {
      code: 'ingress-path',
      severity: 'error',
      message: say.path({ kind: 'missing', pathType: pathType.value }),
      fixes: edit ? [{ title: say.addPath('/'), edits: [edit], preferred: true }] : [],
    });
    return;
  }
  if (!isStringScalar(path)) return;
  if (!literal && path.value === '') return;
  checkPathText(doc, path, path.value, pathType.value);
}

// ---------------------------------------------------------------------------------------------
// Hosts

function hostProblem(host: string, ruleHost: boolean): HostProblem | undefined {
  if (URL.test(host)) return { kind: 'scheme' };
  if (host.includes('/')) return { kind: 'path' };
  if (/^[^:]+:\d*$/.test(host)) return { kind: 'port' };
  if (parseIp(host)) return ruleHost ? { kind: 'ip' } : host.includes(':') ? { kind: 'characters', characters: [':'] } : undefined;
  const wildcard = host.startsWith('*.');
  const name = wildcard ? host.slice(2) : host;
  if (name.includes('*')) return { kind: 'wildcard' };
  const others = [...new Set([...name].filter((ch) => !/[a-z0-9.-]/.test(ch.toLowerCase())))];
  if (others.length > 0) return { kind: 'characters', characters: others.slice(0, 3) };
  if (name !== name.toLowerCase()) return { kind: 'upperCase' };
  if (!name.split('.').every((part) => LABEL.test(part))) return { kind: 'dots' };
  if (host.length > MAX_HOST) return { kind: 'tooLong', length: host.length };
  return undefined;
}

/** The host as it was probably meant: no scheme, path or port, lower case, no trailing dot. */
function hostSuggestion(host: string, ruleHost: boolean): string | undefined {
  let s = host.replace(URL, '');
  const slash = s.indexOf('/');
  if (slash >= 0) s = s.slice(0, slash);
  s = s.replace(/:\d*$/, '').toLowerCase().replace(/\.+$/, '');
  if (/^\*[^.]/.test(s)) s = `*.${s.slice(1)}`;
  return s !== host && s !== '' && hostProblem(s, ruleHost) === undefined ? s : undefined;
}

function checkHost(doc: KindDocument, node: StringScalar, ruleHost: boolean): void {
  const host = node.value;
  if (host === '') return; // no host: any host
  const problem = hostProblem(host, ruleHost);
  if (!problem) return;
  const suggestion = hostSuggestion(host, ruleHost);
  const say = ingressMessages[doc.context.settings.language];
  const edit = suggestion !== undefined ? replaceScalar(doc.text, node, suggestion) : undefined;
  reportAt(doc.context, node, {
    code: 'ingress-host',
    severity: 'error',
    message: say.host(host, problem, suggestion),
    fixes: suggestion !== undefined && edit ? [{ title: say.change(suggestion), edits: [edit], preferred: true }] : [],
  });
}

// ---------------------------------------------------------------------------------------------

function checkSpec(doc: KindDocument, specKey: Node, spec: YAMLMap): void {
  const say = ingressMessages[doc.context.settings.language];
  const legacy = pairOf(spec, 'backend');
  const defaultBackend = pairOf(spec, 'defaultBackend');
  if (legacy) {
    const range = legacy.key.range;
    const fixes: Fix[] =
      range && !defaultBackend
        ? [{ title: say.renameToDefaultBackend, preferred: true, edits: [{ start: range[0], end: range[1], newText: 'defaultBackend' }] }]
        : [];
    reportAt(doc.context, legacy.key, { code: 'ingress-backend', severity: 'error', message: say.legacySpecBackend, fixes });
    checkBackend(doc, legacy.key, legacy.value);
  }
  if (defaultBackend) checkBackend(doc, defaultBackend.key, defaultBackend.value);
  const rules = seqAt(spec, 'rules');
  const rulesPair = pairOf(spec, 'rules');
  const noRules = !rulesPair || !isSet(rulesPair.value) || (rules !== undefined && rules.items.length === 0);
  if (noRules && !isSet(defaultBackend?.value) && !legacy && onlyKeys(spec, ['rules', 'defaultBackend', 'tls', 'ingressClassName'])) {
    reportAt(doc.context, rulesPair?.key ?? specKey, { code: 'ingress-backend', severity: 'error', message: say.noRoutes });
  }
  for (const { map: rule } of mapItems(rules)) {
    const host = pairOf(rule, 'host')?.value;
    if (isStringScalar(host)) checkHost(doc, host, true);
    const http = pairOf(rule, 'http')?.value;
    for (const { map: path } of mapItems(seqAt(http, 'paths'))) {
      checkPath(doc, path);
      const backend = pairOf(path, 'backend');
      if (backend) checkBackend(doc, backend.key, backend.value);
    }
  }
  for (const { map: tls } of mapItems(seqAt(spec, 'tls'))) {
    for (const { node } of stringItems(pairOf(tls, 'hosts')?.value)) checkHost(doc, node, false);
  }
}

export const ingressRule: Rule = {
  codes: ['ingress-path', 'ingress-host', 'ingress-backend'],
  check(raw) {
    const doc = kindDocument(raw, ['Ingress']);
    if (!doc) return;
    const specPair = pairOf(doc.root, 'spec');
    if (specPair && isMap(specPair.value)) checkSpec(doc, specPair.key, specPair.value);
  },
};
