// Words of the inlay hints' tooltips, English and Korean. Labels themselves are YAML as the API
// server would write it (`imagePullPolicy: Always`) or a number with its unit (`= 0.5 CPU`), which
// read the same in both languages.
import type { Language } from '../settings';
import { resolveParticles } from '../../../../protocol/koreanParticles';

export interface InlayHintWords {
  /** The field is left out and the API server fills it in. `yaml` is `key: value` as markdown code. */
  implied(yaml: string, because?: string): string;
  /** `targetPort` left out: the Service sends to the same port number on the pod. */
  targetPortSameAsPort(port: string): string;
  /** `protocol` left out on a Service port. */
  protocolDefault: string;
  /** A quantity written with a unit, read in other units. */
  quantity(written: string, reading: string): string;
}

const EN: InlayHintWords = {
  implied: (yaml, because) => `Not written here: the API server sets ${yaml}${because ? ` (${because})` : ''}.`,
  targetPortSameAsPort: (port) =>
    `Not written here: \`targetPort\` defaults to the value of \`port\`, so traffic goes to port ${port} of the selected pods.`,
  protocolDefault: 'Not written here: the API server sets `protocol: TCP`.',
  quantity: (written, reading) => `\`${written}\` is ${reading}.`,
};

const KO: InlayHintWords = {
  implied: (yaml, because) => resolveParticles(`여기에 쓰지 않았으므로 API 서버가 ${yaml}(으)로 정합니다${because ? `(${because})` : ''}.`),
  targetPortSameAsPort: (port) =>
    `여기에 쓰지 않았으므로 \`targetPort\`는 \`port\`와 같은 값이 되어, 고른 파드의 ${port}번 포트로 트래픽이 갑니다.`,
  protocolDefault: '여기에 쓰지 않았으므로 API 서버가 `protocol: TCP`로 정합니다.',
  quantity: (written, reading) => resolveParticles(`\`${written}\`은(는) ${reading}입니다.`),
};

export function inlayHintWords(language: Language): InlayHintWords {
  return language === 'ko' ? KO : EN;
}
