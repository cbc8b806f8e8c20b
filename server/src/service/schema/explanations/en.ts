// All English explanations, gathered from the per-area files under en/.
import { accessEn } from './en/access';
import { autoscalingEn } from './en/autoscaling';
import { configEn } from './en/config';
import { containersEn } from './en/containers';
import { networkingEn } from './en/networking';
import { objectsEn } from './en/objects';
import { podEn } from './en/pod';
import { podSecurityEn } from './en/podSecurity';
import { probesEn } from './en/probes';
import { securityEn } from './en/security';
import { servicesEn } from './en/services';
import { storageEn } from './en/storage';
import { workloadsEn } from './en/workloads';

export const english: Readonly<Record<string, string>> = {
  ...objectsEn,
  ...containersEn,
  ...probesEn,
  ...podEn,
  ...securityEn,
  ...podSecurityEn,
  ...workloadsEn,
  ...servicesEn,
  ...configEn,
  ...networkingEn,
  ...storageEn,
  ...accessEn,
  ...autoscalingEn,
};
