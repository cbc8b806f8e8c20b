// The failure explainer's entry point: runs each case family over a pod and renders the findings
// in the chosen language. Pod-level causes come first, then containers in spec order.

import { controllerOf } from '../kube/owners';
import { catalogueFor } from './catalogue';
import { DiagnosisContext, type Finding } from './context';
import { diagnoseConfig } from './config';
import { diagnoseCrashes } from './crash';
import { diagnoseImagePulls } from './imagePull';
import { diagnoseEviction, diagnoseTermination } from './lifecycle';
import { diagnoseProbes } from './probes';
import { diagnoseScheduling } from './scheduling';
import { resolveParticles } from '../../../../protocol/koreanParticles';
import type { Texts } from './messages';
import type { Diagnosis, DiagnosisInput, Language } from './types';

function containerOrder(ctx: DiagnosisContext, f: Finding): number {
  if (f.container === undefined) return -1;
  const index = ctx.containers.findIndex((c) => c.container.name === f.container);
  return index < 0 ? ctx.containers.length : index;
}

// The catalogues mark particles after interpolated names (`을(를)`); the word decides the form.
function resolvedTexts(texts: Texts): Texts {
  return {
    title: resolveParticles(texts.title),
    whatHappened: resolveParticles(texts.whatHappened),
    likelyCause: resolveParticles(texts.likelyCause),
    whatToChange: resolveParticles(texts.whatToChange),
  };
}

/** Explains why the pod is not running well; an empty list means nothing looks wrong. */
export function diagnosePod(input: DiagnosisInput, language: Language = 'en'): Diagnosis[] {
  const ctx = new DiagnosisContext(input);
  const podLevel = [...diagnoseTermination(ctx), ...diagnoseEviction(ctx), ...diagnoseScheduling(ctx)];
  const perContainer = [...diagnoseImagePulls(ctx), ...diagnoseConfig(ctx), ...diagnoseCrashes(ctx), ...diagnoseProbes(ctx)];
  // Stable sort: within one container the family order above (pull, config, crash, probe) holds.
  const findings = [...podLevel, ...perContainer.sort((a, b) => containerOrder(ctx, a) - containerOrder(ctx, b))];
  const catalogue = catalogueFor(language);
  const owner = input.owner ?? controllerOf(input.pod.metadata);
  return findings.map((f) => {
    const texts = resolvedTexts(f.render(catalogue));
    const inSpec = f.target?.specPath !== undefined;
    const diagnosis: Diagnosis = {
      code: f.code,
      severity: f.severity,
      ...texts,
      // Fixes in the spec belong in the owner's template; fixes to the live pod (finalizers) do not.
      whatToChange:
        owner !== undefined && inSpec
          ? texts.whatToChange + resolveParticles(catalogue.ownerNote(owner.kind, owner.name))
          : texts.whatToChange,
      evidence: f.evidence,
    };
    if (f.container !== undefined) diagnosis.container = f.container;
    if (f.init === true) diagnosis.initContainer = true;
    if (f.target !== undefined) diagnosis.manifestTarget = f.target;
    if (f.quickFix !== undefined) diagnosis.quickFix = f.quickFix;
    return diagnosis;
  });
}
