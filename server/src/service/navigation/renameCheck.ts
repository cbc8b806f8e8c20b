// Whether a new name may replace the one under the cursor: it must be valid where it goes (the same
// format checks as diagnostics) and must not collide with a name already there.
import type { Language } from '../settings';
import {
  configMapKeyIssue,
  dns1123LabelIssue,
  ianaSvcNameIssue,
  labelValueIssue,
  qualifiedNameIssue,
  toDns1123Label,
  toIanaSvcName,
  toLabelValue,
  toConfigMapKey,
  toQualifiedName,
} from '../util/names';
import { configDataMessages } from '../validation/messages/configData';
import { invalidNameMessages } from '../validation/messages/invalidName';
import { labelsMessages } from '../validation/messages/labels';
import { objectNameCheck } from '../validation/rules/invalidName';
import { isDeclaration, linkKey, mentionText, type Mention } from '../workspace/links/mention';
import { isClusterScoped, mayShareNamespace, type MentionHit } from '../workspace/workspaceIndex';
import { navigationMessages } from './messages';
import { hitsIn, namespaceOf, objectId, visibleHits, type NavigationScope } from './scope';

const orUndefined = (text: string | undefined): string | undefined => (text === '' ? undefined : text);

/** Why `name` is not valid in the place of `mention`, worded for people; undefined when it is. */
export function nameProblem(mention: Mention, name: string, language: Language): string | undefined {
  if (name === '') return navigationMessages[language].empty;
  const names = invalidNameMessages[language];
  switch (mention.type) {
    case 'volume':
    case 'container': {
      const issue = dns1123LabelIssue(name);
      return issue && names.invalid(mention.type, name, issue, 'label', '', orUndefined(toDns1123Label(name)));
    }
    case 'port': {
      const issue = ianaSvcNameIssue(name);
      return issue && names.invalid('port', name, issue, 'portName', '', toIanaSvcName(name));
    }
    case 'servicePort': {
      if (mention.numeric) return navigationMessages[language].portNumber;
      const issue = dns1123LabelIssue(name);
      return issue && names.invalid('servicePort', name, issue, 'label', '', orUndefined(toDns1123Label(name)));
    }
    case 'dataKey': {
      const issue = configMapKeyIssue(name);
      return issue && configDataMessages[language].invalidKey(mention.kind, 'data', name, issue, orUndefined(toConfigMapKey(name)));
    }
    case 'object': {
      const check = objectNameCheck(mention.kind, mention.group === '' ? 'v1' : `${mention.group}/v1`, name);
      return (
        check.problem && names.invalid({ objectKind: mention.kind }, name, check.problem, check.format, '', orUndefined(check.suggestion))
      );
    }
    case 'label': {
      const say = labelsMessages[language];
      if (mention.part === 'key') {
        const issue = qualifiedNameIssue(name);
        return issue && say.invalidKey('label', name, issue, orUndefined(toQualifiedName(name)));
      }
      const issue = labelValueIssue(name);
      return issue && say.invalidValue('label', name, issue, orUndefined(toLabelValue(name)));
    }
  }
}

/** The hit defines `name` as a name of the same type as `mention` (a volume, a container, a port…). */
const declares = (hit: MentionHit, mention: Mention, name: string): boolean => {
  const other = hit.mention;
  if (other.type !== mention.type || !isDeclaration(other) || mentionText(other) !== name) return false;
  return !(other.type === 'servicePort' && other.numeric);
};

/** Why `name` would collide with a name already in place; undefined when it would not. */
export function collision(
  scope: NavigationScope,
  origin: MentionHit,
  linked: readonly MentionHit[],
  name: string,
  language: Language,
): string | undefined {
  const say = navigationMessages[language];
  const mention = origin.mention;
  if (mention.type === 'label' || mentionText(mention) === name) return undefined;
  if (mention.type === 'object') {
    const key = linkKey({ ...mention, name });
    const namespaces = linked.map(namespaceOf);
    const clusterScoped = isClusterScoped(mention.kind);
    const existing = visibleHits(scope, key, 'declarations').find(
      (hit) => clusterScoped || namespaces.some((n) => mayShareNamespace(n, namespaceOf(hit))),
    );
    return existing ? say.taken({ kind: mention.kind }, name, scope.describe(existing.object)) : undefined;
  }
  // Names inside objects: any object the rename touches must not hold the new name already.
  const objects = new Map(linked.map((hit) => [objectId(hit.object), hit.object]));
  for (const object of objects.values()) {
    if (hitsIn(object).some((hit) => declares(hit, mention, name))) return say.taken(mention.type, name);
  }
  return undefined;
}
