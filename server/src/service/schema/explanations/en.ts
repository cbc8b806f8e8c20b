// All English explanations, gathered from the per-area files under en/.
import { containersEn } from './en/containers';
import { objectsEn } from './en/objects';
import { podEn } from './en/pod';
import { probesEn } from './en/probes';
import { securityEn } from './en/security';
import { workloadsEn } from './en/workloads';

export const english: Readonly<Record<string, string>> = {
  ...objectsEn,
  ...containersEn,
  ...probesEn,
  ...podEn,
  ...securityEn,
  ...workloadsEn,
};
