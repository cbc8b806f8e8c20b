// First-run kubeconfig states and their words, in English and Korean: each names the files where
// Podwright looked (home as ~), says whether KUBECONFIG chose them, and gives a way out that works.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  kubeconfigState,
  needsACluster,
  switchingContextHelps,
  type KubeconfigFacts,
} from '../../../../../client/src/core/kubeconfig/kubeconfigState';
import { kubeconfigTexts, shortPath } from '../../../../../client/src/core/kubeconfig/kubeconfigText';

const HOME = '/home/ana';
const DEFAULT = `${HOME}/.kube/config`;
const facts = (over: Partial<KubeconfigFacts>): KubeconfigFacts => ({
  paths: [DEFAULT],
  fromEnv: false,
  files: [DEFAULT],
  problems: [],
  contexts: 1,
  selected: 'kind-kind',
  ...over,
});
const HANGUL = /[\uAC00-\uD7A3]/;

describe('kubeconfig first-run states', () => {
  it('is fine when a context is selected', () => {
    assert.equal(kubeconfigState(facts({})), undefined);
  });

  it('says there is no kubeconfig at ~/.kube/config and that KUBECONFIG is not set', () => {
    const state = kubeconfigState(facts({ files: [], contexts: 0, selected: undefined }));
    assert.deepEqual(state, { kind: 'no-file', paths: [DEFAULT], fromEnv: false });
    assert.ok(state && needsACluster(state) && !switchingContextHelps(state));
    const en = kubeconfigTexts(state, 'en', HOME);
    assert.equal(en.problem, 'No kubeconfig found at ~/.kube/config (KUBECONFIG is not set).');
    assert.deepEqual(
      en.ways.map((w) => w.split(':')[0]),
      ['kind', 'minikube', 'Docker Desktop', 'A cluster elsewhere'],
    );
    const ko = kubeconfigTexts(state, 'ko', HOME);
    assert.equal(ko.problem, '~/.kube/config에 kubeconfig가 없습니다(KUBECONFIG는 설정되지 않음).');
    assert.equal(ko.ways.length, 4);
    for (const way of ko.ways) assert.match(way, HANGUL);
  });

  it('names the files KUBECONFIG lists when none of them exists', () => {
    const state = kubeconfigState(
      facts({ paths: ['/etc/k/a.yaml', `${HOME}/b.yaml`], fromEnv: true, files: [], contexts: 0, selected: undefined }),
    );
    assert.ok(state);
    assert.equal(
      kubeconfigTexts(state, 'en', HOME).problem,
      'No kubeconfig found at /etc/k/a.yaml, ~/b.yaml (the files KUBECONFIG names).',
    );
    assert.equal(kubeconfigTexts(state, 'ko', HOME).problem, 'KUBECONFIG가 가리키는 kubeconfig가 없습니다: /etc/k/a.yaml, ~/b.yaml.');
  });

  it('says a file without contexts defines none, and how to get a cluster', () => {
    const state = kubeconfigState(facts({ contexts: 0, selected: undefined }));
    assert.deepEqual(state, { kind: 'no-contexts', files: [DEFAULT], fromEnv: false });
    assert.ok(state && needsACluster(state) && !switchingContextHelps(state));
    assert.equal(kubeconfigTexts(state, 'en', HOME).problem, 'The kubeconfig (~/.kube/config) defines no contexts.');
    assert.equal(kubeconfigTexts(state, 'ko', HOME).problem, 'kubeconfig(~/.kube/config)에 컨텍스트가 하나도 없습니다.');
  });

  it('offers switching only when there are contexts but none is current', () => {
    const state = kubeconfigState(facts({ contexts: 2, selected: undefined }));
    assert.deepEqual(state, { kind: 'no-current-context', files: [DEFAULT], contexts: 2 });
    assert.ok(state && switchingContextHelps(state) && !needsACluster(state));
    assert.equal(kubeconfigTexts(state, 'en', HOME).problem, 'The kubeconfig (~/.kube/config) defines 2 contexts but none is current.');
    const one = kubeconfigState(facts({ contexts: 1, selected: undefined }));
    assert.ok(one);
    assert.match(kubeconfigTexts(one, 'en', HOME).problem, /defines 1 context but/);
    assert.equal(
      kubeconfigTexts(state, 'ko', HOME).problem,
      'kubeconfig(~/.kube/config)에 컨텍스트가 2개 있지만 현재 컨텍스트가 정해지지 않았습니다.',
    );
  });

  it("reports a file it cannot read with the parser's reason", () => {
    const state = kubeconfigState(
      facts({ files: [], problems: [{ file: DEFAULT, message: 'bad indentation' }], contexts: 0, selected: undefined }),
    );
    assert.deepEqual(state, { kind: 'unreadable', file: DEFAULT, message: 'bad indentation' });
    assert.equal(kubeconfigTexts(state, 'en', HOME).problem, 'The kubeconfig ~/.kube/config cannot be read: bad indentation');
    assert.equal(kubeconfigTexts(state, 'ko', HOME).problem, 'kubeconfig 파일을 읽을 수 없습니다(~/.kube/config): bad indentation');
  });

  it('shortens only paths under the home folder', () => {
    assert.equal(shortPath('/home/ana/.kube/config', HOME), '~/.kube/config');
    assert.equal(shortPath('/home/anathema/config', HOME), '/home/anathema/config');
    assert.equal(shortPath('C:\\Users\\ana\\.kube\\config', 'C:\\Users\\ana'), '~\\.kube\\config');
  });
});
