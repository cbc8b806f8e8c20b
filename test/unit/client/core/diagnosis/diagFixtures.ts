// Events as the kubelet and scheduler record them, and checks shared by the diagnosis tests.
import assert from 'node:assert/strict';
import { diagnosePod } from '../../../../../client/src/core/diagnosis/diagnose';
import type { Diagnosis, DiagnosisInput } from '../../../../../client/src/core/diagnosis/types';
import type { KubeEvent, Pod } from '../../../../../client/src/core/kube/kubeTypes';
import { ago, NOW } from '../present/podFixtures';

export { ago, container, NOW, pod, running, status, terminated, waiting } from '../present/podFixtures';

export interface EventOptions {
  type?: 'Normal' | 'Warning';
  container?: string;
  init?: boolean;
  count?: number;
  secondsAgo?: number;
  from?: string;
}

/** An event about `pod` (and one of its containers when `container` is given). */
export function podEvent(p: Pod, reason: string, message: string, options: EventOptions = {}): KubeEvent {
  const seconds = options.secondsAgo ?? 20;
  return {
    metadata: { name: `${p.metadata.name ?? 'pod'}.${reason.toLowerCase()}`, namespace: p.metadata.namespace ?? 'default' },
    involvedObject: {
      kind: 'Pod',
      name: p.metadata.name ?? '',
      namespace: p.metadata.namespace ?? 'default',
      uid: p.metadata.uid ?? '',
      ...(options.container !== undefined
        ? { fieldPath: `spec.${options.init === true ? 'initContainers' : 'containers'}{${options.container}}` }
        : {}),
    },
    reason,
    message,
    type: options.type ?? 'Warning',
    count: options.count ?? 1,
    firstTimestamp: ago(seconds + 60),
    lastTimestamp: ago(seconds),
    source: { component: options.from ?? 'kubelet' },
  };
}

const hangul = /[\uac00-\ud7a3]/;

/** Diagnoses in English, checking that the Korean run finds the same things, in Korean. */
export function diagnoseBoth(input: Omit<DiagnosisInput, 'now'>): Diagnosis[] {
  const full = { now: NOW, ...input };
  const en = diagnosePod(full, 'en');
  const ko = diagnosePod(full, 'ko');
  assert.deepEqual(
    ko.map((d) => [d.code, d.container, d.manifestTarget, d.evidence]),
    en.map((d) => [d.code, d.container, d.manifestTarget, d.evidence]),
  );
  for (const d of ko) {
    for (const text of [d.title, d.whatHappened, d.likelyCause, d.whatToChange])
      assert.match(text, hangul, `Korean text expected: ${text}`);
  }
  for (const d of en) {
    for (const text of [d.title, d.whatHappened, d.likelyCause, d.whatToChange]) assert.doesNotMatch(text, hangul);
  }
  return en;
}

/** The single diagnosis with `code`, failing when there is none or more than one. */
export function only(diagnoses: Diagnosis[], code: string): Diagnosis {
  const found = diagnoses.filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(diagnoses.map((d) => d.code))}`);
  return found[0];
}

export function evidenceIncludes(d: Diagnosis, fragment: string): void {
  assert.ok(
    d.evidence.some((line) => line.includes(fragment)),
    `evidence lacks "${fragment}": ${JSON.stringify(d.evidence)}`,
  );
}
