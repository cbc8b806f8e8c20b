// All Korean explanations, gathered from the per-area files under ko/.
import { containersKo } from './ko/containers';
import { objectsKo } from './ko/objects';
import { podKo } from './ko/pod';
import { probesKo } from './ko/probes';
import { securityKo } from './ko/security';
import { workloadsKo } from './ko/workloads';

export const korean: Readonly<Record<string, string>> = {
  ...objectsKo,
  ...containersKo,
  ...probesKo,
  ...podKo,
  ...securityKo,
  ...workloadsKo,
};
