// Container port names: probes and handlers in the container, and the targetPort of Services that
// select the pod, in other files of the workspace folder.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { navWorkspace } from '../../helpers/navigation';
import { deployment, service } from './fixtures';

/** `text` with the caret placed inside the `nth` (0-based) occurrence of `find`, after `offset` characters. */
function at(text: string, find: string, offset = 1, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(find, index + 1);
  if (index < 0) throw new Error(`${find} not found`);
  return `${text.slice(0, index + offset)}|${text.slice(index + offset)}`;
}

describe('navigation: container port names', () => {
  it('goes from a probe port to the port it names', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), 'port: http', 7), 'svc.yaml': service() });
    assert.deepEqual(ws.definition(), ['deploy.yaml:22:21 http']);
  });

  it('goes from a Service targetPort in another file to the pods it selects', () => {
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'svc.yaml': at(service(), 'targetPort: http', 13) });
    assert.deepEqual(ws.definition(), ['deploy.yaml:22:21 http']);
  });

  it('lists probes and the Service targetPort as references of the port', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), '- name: http', 9), 'svc.yaml': service() });
    assert.deepEqual(ws.references(), [
      'deploy.yaml:22:21 http',
      'deploy.yaml:29:21 http',
      'deploy.yaml:32:21 http',
      'svc.yaml:11:19 http',
    ]);
    assert.deepEqual(ws.highlights(), ['deploy.yaml:22:21 http write', 'deploy.yaml:29:21 http read', 'deploy.yaml:32:21 http read']);
  });

  it('leaves out Services that do not select the pod', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), '- name: http', 9), 'svc.yaml': service({ app: 'api' }) });
    assert.equal(ws.references().length, 3);
    const fromService = navWorkspace({ 'deploy.yaml': deployment(), 'svc.yaml': at(service({ app: 'api' }), 'targetPort: http', 13) });
    assert.deepEqual(fromService.definition(), []);
  });

  it('has no link for gRPC probes, which take only numbers', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), 'port: 9090', 7) });
    assert.deepEqual(ws.definition(), []);
    assert.equal(ws.prepareRename(), null);
  });

  it('renames a port across the Deployment and its Service in two files', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), 'port: http', 8, 1), 'svc.yaml': service() });
    assert.equal(ws.prepareRename(), 'http (http)');
    assert.deepEqual(ws.rename('web-http'), {
      'deploy.yaml': deployment({ port: 'web-http' }),
      'svc.yaml': service({ targetPort: 'web-http' }),
    });
  });

  it('renames from the Service side too, and ties together every workload the Service selects', () => {
    const worker = deployment({ name: 'web-canary' });
    const ws = navWorkspace({ 'deploy.yaml': deployment(), 'canary.yaml': worker, 'svc.yaml': at(service(), 'targetPort: http', 14) });
    const renamed = ws.rename('www');
    assert.deepEqual(Object.keys(renamed).sort(), ['canary.yaml', 'deploy.yaml', 'svc.yaml']);
    assert.deepEqual(renamed, {
      'deploy.yaml': deployment({ port: 'www' }),
      'canary.yaml': deployment({ name: 'web-canary', port: 'www' }),
      'svc.yaml': service({ targetPort: 'www' }),
    });
  });

  it('refuses a port name longer than 15 characters or without a letter', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), '- name: http', 9), 'svc.yaml': service() });
    const long = ws.rename('http-for-the-website');
    assert.ok('refused' in long);
    assert.match(
      String(long.refused),
      /^Port name `http-for-the-website` is not valid: it is 20 characters long; port names may have at most 15\./,
    );
    assert.ok('refused' in ws.rename('8080'));
    assert.deepEqual(ws.rename('metrics'), {
      refused: 'A pod linked to this port name already declares a port named `metrics`; renaming would make two of them.',
    });
  });

  it('speaks Korean when refusing', () => {
    const ws = navWorkspace({ 'deploy.yaml': at(deployment(), '- name: http', 9) }, { language: 'ko' });
    const refused = ws.rename('HTTP');
    assert.ok('refused' in refused);
    assert.match(String(refused.refused), /^포트 이름 `HTTP`는 올바르지 않습니다/);
  });
});
