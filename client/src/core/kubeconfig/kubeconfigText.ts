// The first-run kubeconfig states in English and Korean: what is wrong, in one sentence naming the
// files (home shortened to ~), and the ways to get a cluster to talk to. Korean sentences put no
// particle right after a path or name (에 and (…) read the same after any word).
import type { Language } from '../../../../protocol/index';
import type { KubeconfigState } from './kubeconfigState';

export interface KubeconfigTexts {
  /** What is wrong, naming the files. */
  readonly problem: string;
  /** What to do about it, one way per entry. */
  readonly ways: readonly string[];
}

/** `/home/ana/.kube/config` → `~/.kube/config` (with `/` or `\` after the home folder). */
export function shortPath(file: string, home: string): string {
  if (home !== '' && (file === home || file.startsWith(`${home}/`) || file.startsWith(`${home}\\`))) return `~${file.slice(home.length)}`;
  return file;
}

const CLUSTER_WAYS: Record<Language, readonly string[]> = {
  en: [
    'kind: "kind create cluster" runs a cluster in Docker and writes ~/.kube/config.',
    'minikube: "minikube start" runs a local cluster and writes ~/.kube/config.',
    'Docker Desktop: Settings → Kubernetes → Enable Kubernetes adds the "docker-desktop" context.',
    'A cluster elsewhere: its provider gives you a kubeconfig file; put it at ~/.kube/config, or list it in KUBECONFIG before starting VS Code.',
  ],
  ko: [
    'kind: "kind create cluster"로 Docker 안에 클러스터를 띄우고 ~/.kube/config를 씁니다.',
    'minikube: "minikube start"로 로컬 클러스터를 띄우고 ~/.kube/config를 씁니다.',
    'Docker Desktop: Settings → Kubernetes → Enable Kubernetes를 켜면 "docker-desktop" 컨텍스트가 생깁니다.',
    '다른 곳의 클러스터: 제공자가 주는 kubeconfig 파일을 ~/.kube/config에 두거나, VS Code를 시작하기 전에 KUBECONFIG에 적으세요.',
  ],
};

export function kubeconfigTexts(state: KubeconfigState, language: Language, home: string): KubeconfigTexts {
  const list = (files: readonly string[]): string => files.map((f) => shortPath(f, home)).join(', ');
  const ko = language === 'ko';
  switch (state.kind) {
    case 'no-file':
      return {
        problem: state.fromEnv
          ? ko
            ? `KUBECONFIG가 가리키는 kubeconfig가 없습니다: ${list(state.paths)}.`
            : `No kubeconfig found at ${list(state.paths)} (the files KUBECONFIG names).`
          : ko
            ? `${list(state.paths)}에 kubeconfig가 없습니다(KUBECONFIG는 설정되지 않음).`
            : `No kubeconfig found at ${list(state.paths)} (KUBECONFIG is not set).`,
        ways: CLUSTER_WAYS[language],
      };
    case 'unreadable':
      return {
        problem: ko
          ? `kubeconfig 파일을 읽을 수 없습니다(${shortPath(state.file, home)}): ${state.message}`
          : `The kubeconfig ${shortPath(state.file, home)} cannot be read: ${state.message}`,
        ways: [
          ko
            ? '파일의 YAML을 고치거나, 클러스터 제공자에게서 kubeconfig를 다시 받으세요.'
            : "Fix the file's YAML, or get the kubeconfig again from your cluster's provider.",
        ],
      };
    case 'no-contexts':
      return {
        problem: ko
          ? `kubeconfig(${list(state.files)})에 컨텍스트가 하나도 없습니다.`
          : `The kubeconfig (${list(state.files)}) defines no contexts.`,
        ways: CLUSTER_WAYS[language],
      };
    case 'no-current-context':
      return {
        problem: ko
          ? `kubeconfig(${list(state.files)})에 컨텍스트가 ${state.contexts}개 있지만 현재 컨텍스트가 정해지지 않았습니다.`
          : `The kubeconfig (${list(state.files)}) defines ${state.contexts === 1 ? '1 context' : `${state.contexts} contexts`} but none is current.`,
        ways: [ko ? '"Podwright: Kubernetes 컨텍스트 전환"으로 하나를 고르세요.' : 'Pick one with "Podwright: Switch Kubernetes Context".'],
      };
  }
}
