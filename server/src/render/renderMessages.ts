// Words of the rendered checks (helm template, kubectl kustomize), English and Korean.
import type { Language } from '../service/settings';

export interface RenderMessages {
  /** A finding that could not be placed on a literal line: which rendered object and where. */
  inRendered(kind: string, name: string, path: string, message: string): string;
  helmFailed(message: string): string;
  kustomizeFailed(message: string): string;
  missingDependency(name: string): string;
  toolMissing(tool: 'helm' | 'kubectl', setting: string): string;
  timedOut(tool: 'helm' | 'kubectl', seconds: number): string;
  network(tool: 'helm' | 'kubectl', message: string): string;
}

const en: RenderMessages = {
  inRendered: (kind, name, path, message) => `In the rendered ${kind} ${name}${path ? `, at \`${path}\`` : ''}: ${message}`,
  helmFailed: (message) => `helm template failed: ${message}`,
  kustomizeFailed: (message) => `kubectl kustomize failed: ${message}`,
  missingDependency: (name) => `The dependency \`${name}\` is not in charts/; run \`helm dependency build\` to fetch it.`,
  toolMissing: (tool, setting) =>
    `Podwright checks what ${tool === 'helm' ? 'a chart renders with helm' : 'an overlay builds to with kubectl kustomize'}, but \`${tool}\` was not found on the PATH. Install it or set \`${setting}\`; static checks go on without it.`,
  timedOut: (tool, seconds) => `${tool} did not finish rendering in ${seconds} s; rendered checks were skipped for this save.`,
  network: (tool, message) => `${tool} needs the network to render (${message}); rendered checks were skipped.`,
};

const ko: RenderMessages = {
  inRendered: (kind, name, path, message) => `렌더링된 ${kind} ${name}${path ? `의 \`${path}\`` : ''}: ${message}`,
  helmFailed: (message) => `helm template 실패: ${message}`,
  kustomizeFailed: (message) => `kubectl kustomize 실패: ${message}`,
  missingDependency: (name) => `의존 차트 \`${name}\`가 charts/에 없습니다. \`helm dependency build\`로 받아 오세요.`,
  toolMissing: (tool, setting) =>
    `Podwright는 ${tool === 'helm' ? 'helm으로 차트를 렌더링한 결과' : 'kubectl kustomize로 오버레이를 빌드한 결과'}도 검사하지만 PATH에서 \`${tool}\`를 찾지 못했습니다. 설치하거나 \`${setting}\`를 설정하세요. 정적 검사는 계속됩니다.`,
  timedOut: (tool, seconds) => `${tool}가 ${seconds}초 안에 렌더링을 마치지 못해 이번 저장의 렌더링 검사를 건너뛰었습니다.`,
  network: (tool, message) => `${tool}가 렌더링하려면 네트워크가 필요합니다(${message}). 렌더링 검사를 건너뛰었습니다.`,
};

export function renderMessages(language: Language): RenderMessages {
  return language === 'ko' ? ko : en;
}
