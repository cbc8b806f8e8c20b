// invalid-image and implicit-always-pull: what the kubelet will do with each container's `image:`.
import type { YAMLMap } from 'yaml';
import { containersOf } from '../../schema/podSpecs';
import { impliedPullPolicy, parseImageReference, type ImageReference } from '../../util/imageRef';
import { insertAfterPair, replaceScalar, type TextEdit } from '../../util/textEdits';
import { isStringScalar, pairOf, type KeyedPair, type StringScalar } from '../../util/yamlAccess';
import { imageMessages } from '../messages/images';
import type { Fix, Rule, RuleContext } from '../rule';
import { podSpecsIn, span } from './podContext';

const PLACEHOLDER_TAG = '1.0';

function checkInvalid(context: RuleContext, image: StringScalar): boolean {
  const parsed = parseImageReference(image.value);
  if (parsed.ok) return false;
  const say = imageMessages[context.settings.language];
  const fixes: Fix[] = [];
  if (parsed.suggestion !== undefined) {
    const edit = replaceScalar(context.document.chunk.text, image, parsed.suggestion);
    if (edit) fixes.push({ title: say.changeImage(parsed.suggestion), edits: [edit], preferred: true });
  }
  context.report({
    code: 'invalid-image',
    severity: 'error',
    ...span(context, image),
    message: say.invalid(image.value, parsed.issue, parsed.suggestion),
    ...(fixes.length > 0 ? { fixes } : {}),
  });
  return true;
}

/** The image with a placeholder version instead of no tag or `latest`. */
function withPlaceholderTag(image: string, ref: ImageReference): string | undefined {
  if (ref.digest !== undefined) return undefined;
  if (ref.tag === 'latest') return `${image.slice(0, -'latest'.length)}${PLACEHOLDER_TAG}`;
  return ref.tag === undefined ? `${image}:${PLACEHOLDER_TAG}` : undefined;
}

function checkPullPolicy(context: RuleContext, container: YAMLMap, imagePair: KeyedPair, image: StringScalar): void {
  if (pairOf(container, 'imagePullPolicy')) return;
  const parsed = parseImageReference(image.value);
  if (!parsed.ok || impliedPullPolicy(parsed.ref) !== 'Always') return;
  const say = imageMessages[context.settings.language];
  const text = context.document.chunk.text;
  const fixes: Fix[] = [];
  const insert = insertAfterPair(text, container, imagePair, 'imagePullPolicy: IfNotPresent');
  if (insert) fixes.push({ title: say.addPullPolicy, edits: [insert], preferred: true });
  const tagged = withPlaceholderTag(image.value, parsed.ref);
  const retag: TextEdit | undefined = tagged !== undefined ? replaceScalar(text, image, tagged) : undefined;
  if (tagged !== undefined && retag) {
    fixes.push({ title: say.pinTag(tagged), edits: [retag] });
  }
  context.report({
    code: 'implicit-always-pull',
    severity: 'information',
    ...span(context, image),
    message: say.alwaysPull(image.value, parsed.ref.tag === 'latest'),
    fixes,
  });
}

export const imagesRule: Rule = {
  codes: ['invalid-image', 'implicit-always-pull'],
  check(context) {
    for (const { spec } of podSpecsIn(context)) {
      for (const { container } of containersOf(spec)) {
        const imagePair = pairOf(container, 'image');
        const image = imagePair?.value;
        if (!imagePair || !isStringScalar(image)) continue;
        if (checkInvalid(context, image)) continue;
        checkPullPolicy(context, container, imagePair, image);
      }
    }
  },
};
