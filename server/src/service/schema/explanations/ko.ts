// All Korean explanations, gathered from the per-area files under ko/.
import { accessKo } from './ko/access';
import { autoscalingKo } from './ko/autoscaling';
import { configKo } from './ko/config';
import { containersKo } from './ko/containers';
import { networkingKo } from './ko/networking';
import { objectsKo } from './ko/objects';
import { podKo } from './ko/pod';
import { podSecurityKo } from './ko/podSecurity';
import { probesKo } from './ko/probes';
import { securityKo } from './ko/security';
import { servicesKo } from './ko/services';
import { storageKo } from './ko/storage';
import { workloadsKo } from './ko/workloads';

export const korean: Readonly<Record<string, string>> = {
  ...objectsKo,
  ...containersKo,
  ...probesKo,
  ...podKo,
  ...securityKo,
  ...podSecurityKo,
  ...workloadsKo,
  ...servicesKo,
  ...configKo,
  ...networkingKo,
  ...storageKo,
  ...accessKo,
  ...autoscalingKo,
};
