// Messages of required-field (rules/requiredField.ts).
import type { Localized } from './localized';

/** Fields whose message says why they matter: the ones learners most often leave out. */
export type Reason =
  'containers' | 'image' | 'metadata' | 'spec' | 'selector' | 'template' | 'schedule' | 'jobTemplate' | 'metadataName' | 'pathType';

const FIELD_REASONS: ReadonlySet<string> = new Set<Reason>([
  'containers',
  'image',
  'metadata',
  'spec',
  'selector',
  'template',
  'schedule',
  'jobTemplate',
  'pathType',
]);

/** Whether a missing field named so has a reason of its own (`name` has one only under `metadata`). */
export function isFieldReason(name: string): name is Reason {
  return FIELD_REASONS.has(name);
}

/** The object that lacks a field: the document itself, a key's value, or an entry of a list. */
export type Holder = { readonly root: string | undefined } | { readonly key: string } | { readonly entryOf: string | undefined };

export interface RequiredFieldMessages {
  missing(holder: Holder, name: string, reason: Reason | undefined): string;
  /** The key is written but `noValue` (`spec:`) or `empty` (`containers: []`, `name: ""`). */
  unset(name: string, problem: 'noValue' | 'empty', reason: Reason | undefined): string;
  add(name: string): string;
  fill(name: string): string;
}

const EN_REASONS: Readonly<Record<Reason, string>> = {
  containers: 'a Pod needs at least one container',
  image: 'the container needs an image to run',
  metadata: 'every object needs a `metadata.name` (or `generateName`)',
  spec: 'it says what to run',
  selector: 'it tells the controller which Pods are its own',
  template: 'it describes the Pods to create',
  schedule: 'it says when to run, in cron format like `"*/5 * * * *"`',
  jobTemplate: 'it describes the Job to create',
  metadataName: 'every object needs a name (or `generateName`)',
  pathType:
    '`networking.k8s.io/v1` wants it on every path: `Prefix` matches the path and everything below it, `Exact` only the path itself',
};

/** Whole sentences, each naming its own field so that every particle is fixed. */
const KO_REASONS: Readonly<Record<Reason, string>> = {
  containers: 'Pod에는 컨테이너가 하나 이상 있어야 합니다.',
  image: '컨테이너를 실행하려면 이미지가 필요합니다.',
  metadata: '모든 오브젝트에는 `metadata.name`(또는 `generateName`)이 필요합니다.',
  spec: '`spec`은 무엇을 실행할지 정합니다.',
  selector: '`selector`는 컨트롤러가 어떤 Pod를 자기 것으로 관리할지 알려 줍니다.',
  template: '`template`은 만들 Pod를 설명합니다.',
  schedule: '`schedule`은 언제 실행할지를 `"*/5 * * * *"` 같은 cron 형식으로 정합니다.',
  jobTemplate: '`jobTemplate`은 만들 Job을 설명합니다.',
  metadataName: '모든 오브젝트에는 이름(또는 `generateName`)이 필요합니다.',
  pathType:
    '`networking.k8s.io/v1`에서는 모든 경로에 `pathType`이 있어야 합니다. `Prefix`는 그 경로와 그 아래 경로를 모두, `Exact`는 그 경로만 맞춥니다.',
};

function holderEn(holder: Holder): string {
  if ('root' in holder) return `This ${holder.root ?? 'object'}`;
  if ('key' in holder) return `\`${holder.key}\``;
  return `This entry of \`${holder.entryOf ?? 'the list'}\``;
}

function holderKo(holder: Holder): string {
  if ('root' in holder) return `이 ${holder.root ?? '오브젝트'}`;
  if ('key' in holder) return `\`${holder.key}\``;
  return holder.entryOf === undefined ? '이 리스트 항목' : `\`${holder.entryOf}\`의 이 항목`;
}

function whyEn(reason: Reason | undefined): string {
  return reason ? `: ${EN_REASONS[reason]}` : '';
}

function whyKo(reason: Reason | undefined): string {
  return reason ? ` ${KO_REASONS[reason]}` : '';
}

export const requiredFieldMessages: Localized<RequiredFieldMessages> = {
  en: {
    missing: (holder, name, reason) => `${holderEn(holder)} is missing the required field \`${name}\`${whyEn(reason)}.`,
    unset: (name, problem, reason) =>
      `\`${name}\` ${problem === 'noValue' ? 'has no value' : 'is empty'}, but it is required${whyEn(reason)}.`,
    add: (name) => `Add \`${name}\``,
    fill: (name) => `Fill in \`${name}\``,
  },
  ko: {
    missing: (holder, name, reason) => `${holderKo(holder)}에는 반드시 있어야 하는 \`${name}\` 필드가 없습니다.${whyKo(reason)}`,
    unset: (name, problem, reason) =>
      `\`${name}\` 필드${problem === 'noValue' ? '에 값이 없지만' : '가 비어 있지만'} 이 필드는 필수입니다.${whyKo(reason)}`,
    add: (name) => `\`${name}\` 필드 추가하기`,
    fill: (name) => `\`${name}\` 값 채우기`,
  },
};
