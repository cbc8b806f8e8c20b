// invalid-name: names Kubernetes requires in DNS form (object, container, volume, port names).
// The quick fix renames to the nearest valid name, together with references in the same pod.
import { containersOf, namedPortReferences, volumeReferences } from '../../schema/podSpecs';
import {
  dns1123LabelProblem,
  dns1123SubdomainProblem,
  ianaSvcNameProblem,
  toDns1123Label,
  toDns1123Subdomain,
  toIanaSvcName,
} from '../../util/names';
import { replaceScalar, type TextEdit } from '../../util/textEdits';
import { mapAt, mapItems, pairOf, stringAt, type StringScalar } from '../../util/yamlAccess';
import type { Rule, RuleContext } from '../rule';
import { documentRoot, podSpecsIn, span } from './podContext';

const LABEL_RULE = "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters";
const SUBDOMAIN_RULE = "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', at most 253 characters";
const PORT_RULE = "an IANA service name: at most 15 lower-case letters, digits and '-', with at least one letter";

interface NameCheck {
  readonly node: StringScalar;
  /** "Container name", "Pod name", … */
  readonly what: string;
  readonly problem: string | undefined;
  readonly rule: string;
  readonly suggestion: string | undefined;
  /** Other nodes that hold the same name and must be renamed with it. */
  readonly references?: readonly StringScalar[];
  readonly hint?: string;
}

function report(context: RuleContext, check: NameCheck): void {
  if (check.problem === undefined) return;
  const { node, suggestion } = check;
  const text = context.document.chunk.text;
  const fixes = [];
  if (suggestion !== undefined && suggestion !== '' && suggestion !== node.value) {
    const edits = [node, ...(check.references ?? [])]
      .map((n) => replaceScalar(text, n, suggestion))
      .filter((e): e is TextEdit => e !== undefined);
    fixes.push({ title: `Rename to \`${suggestion}\``, edits, preferred: true });
  }
  const example = suggestion ? ` For example \`${suggestion}\`.` : '';
  context.report({
    code: 'invalid-name',
    severity: 'error',
    ...span(context, node),
    message: `${check.what} \`${node.value}\` is not valid: ${check.problem}. It must be ${check.rule}.${check.hint ?? ''}${example}`,
    ...(fixes.length > 0 ? { fixes } : {}),
  });
}

/** What the name of each kind must be, and extra limits from names derived from it. */
function objectNameCheck(kind: string, name: string): { problem: string | undefined; rule: string; suggestion: string } {
  if (kind === 'StatefulSet') {
    // Its pods are named `<name>-<ordinal>` and use that as their host name.
    return { problem: dns1123LabelProblem(name), rule: LABEL_RULE, suggestion: toDns1123Label(name) };
  }
  const problem = dns1123SubdomainProblem(name);
  const suggestion = toDns1123Subdomain(name);
  if (problem) return { problem, rule: SUBDOMAIN_RULE, suggestion };
  if (kind === 'CronJob' && name.length > 52) {
    return {
      problem: `it is ${name.length} characters long; a CronJob name may have at most 52, because each Job it creates adds an 11-character suffix to it`,
      rule: SUBDOMAIN_RULE,
      suggestion: suggestion.slice(0, 52).replace(/[.-]+$/, ''),
    };
  }
  if (kind === 'Job' && name.length > 63) {
    return {
      problem: `it is ${name.length} characters long; a Job name may have at most 63, because it is copied into the \`job-name\` label of its pods`,
      rule: SUBDOMAIN_RULE,
      suggestion: suggestion.slice(0, 63).replace(/[.-]+$/, ''),
    };
  }
  return { problem: undefined, rule: SUBDOMAIN_RULE, suggestion };
}

/** `spring-container:latest` as a container name: the tag belongs on the image. */
function containerNameSuggestion(name: string): { suggestion: string; hint?: string } {
  const beforeColon = name.split(':')[0] ?? '';
  if (name.includes(':') && beforeColon !== '' && dns1123LabelProblem(beforeColon) === undefined) {
    return { suggestion: beforeColon, hint: ' A tag such as `:latest` belongs on `image:`, not on the container name.' };
  }
  return { suggestion: toDns1123Label(name) };
}

function checkMetadata(context: RuleContext): void {
  const doc = documentRoot(context);
  if (!doc) return;
  const metadata = mapAt(doc.root, 'metadata');
  const name = stringAt(metadata, 'name');
  if (name) report(context, { node: name, what: `${doc.kind} name`, ...objectNameCheck(doc.kind, name.value) });
  const namespace = stringAt(metadata, 'namespace');
  if (namespace) {
    report(context, {
      node: namespace,
      what: 'Namespace',
      problem: dns1123LabelProblem(namespace.value),
      rule: LABEL_RULE,
      suggestion: toDns1123Label(namespace.value),
    });
  }
}

export const invalidNameRule: Rule = {
  codes: ['invalid-name'],
  check(context) {
    checkMetadata(context);
    for (const { spec } of podSpecsIn(context)) {
      const containers = containersOf(spec);
      for (const { container, list } of containers) {
        const name = stringAt(container, 'name');
        if (name) {
          const what = list === 'containers' ? 'Container name' : list === 'initContainers' ? 'Init container name' : 'Ephemeral container name';
          report(context, { node: name, what, problem: dns1123LabelProblem(name.value), rule: LABEL_RULE, ...containerNameSuggestion(name.value) });
        }
        const references = namedPortReferences(container);
        for (const { map: port } of mapItems(pairOf(container, 'ports')?.value)) {
          const portName = stringAt(port, 'name');
          if (!portName) continue;
          report(context, {
            node: portName,
            what: 'Port name',
            problem: ianaSvcNameProblem(portName.value),
            rule: PORT_RULE,
            suggestion: toIanaSvcName(portName.value),
            references: references.filter((r) => r.node.value === portName.value).map((r) => r.node),
          });
        }
      }
      const mounts = containers.flatMap(({ container }) => volumeReferences(container));
      for (const { map: volume } of mapItems(pairOf(spec, 'volumes')?.value)) {
        const name = stringAt(volume, 'name');
        if (!name) continue;
        report(context, {
          node: name,
          what: 'Volume name',
          problem: dns1123LabelProblem(name.value),
          rule: LABEL_RULE,
          suggestion: toDns1123Label(name.value),
          references: mounts.filter((m) => m.value === name.value),
        });
      }
    }
  },
};
