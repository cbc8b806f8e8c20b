// Every test pod of the Pod Security admission controller (vendor/pod-security-admission.json.br:
// LEVEL/vX.Y/pass and fail) through Podwright at that level and version, end to end (the setting,
// validation, diagnostics): a pod admission admits gets no pod-security finding, a pod it rejects
// at least one. The evaluator alone is checked on the same pods, so a miss points at the layer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { evaluatePod } from '../../../server/src/service/validation/podSecurity/evaluate';
import { parsePolicyVersion, type PodSecurityLevel } from '../../../server/src/service/validation/podSecurity/policy';
import { newService } from '../../helpers/service';
import { vendoredFiles } from '../../helpers/vendored';

interface Fixture {
  readonly level: Exclude<PodSecurityLevel, 'privileged'>;
  readonly version: string;
  readonly verdict: 'pass' | 'fail';
  readonly file: string;
  readonly text: string;
}

function fixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const [path, text] of vendoredFiles('pod-security-admission')) {
    const match = /^(baseline|restricted)\/(v\d+\.\d+)\/(pass|fail)\/([^/]+\.yaml)$/.exec(path);
    if (!match) continue;
    const [, level, version, verdict, file] = match as unknown as [string, Fixture['level'], string, Fixture['verdict'], string];
    out.push({ level, version, verdict, file, text });
  }
  return out;
}

const all = fixtures();

describe('Pod Security admission test pods', () => {
  it('covers every level and version from v1.0 to the newest', () => {
    for (const level of ['baseline', 'restricted']) {
      const versions = new Set(all.filter((f) => f.level === level).map((f) => f.version));
      for (let minor = 0; minor <= 37; minor++) assert.ok(versions.has(`v1.${minor}`), `${level} v1.${minor}`);
    }
    assert.ok(all.length > 3000, `${all.length} pods`);
  });

  it('the evaluator gives admission verdict on every pod', () => {
    const wrong: string[] = [];
    for (const f of all) {
      const version = parsePolicyVersion(f.version);
      assert.ok(version, f.version);
      const pod = parseYaml(f.text) as { metadata?: unknown; spec?: unknown };
      const violations = evaluatePod(pod, { level: f.level, version });
      if ((violations.length === 0) !== (f.verdict === 'pass'))
        wrong.push(`${f.level}/${f.version}/${f.verdict}/${f.file}: ${violations.map((v) => v.reason).join('; ') || 'no violation'}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('validation with podwright.podSecurity set to the level and version reports the admission verdict', () => {
    const service = newService();
    const wrong: string[] = [];
    let index = 0;
    for (const f of all) {
      service.configure({ podSecurity: { level: f.level, version: f.version } });
      const uri = `file:///psa/${index++}/${f.file}`;
      const found = service.doValidation(uri, service.parse(uri, f.text)).filter((d) => String(d.code).startsWith('pod-security-'));
      service.unindex(uri);
      service.forget(uri);
      if ((found.length === 0) !== (f.verdict === 'pass'))
        wrong.push(`${f.level}/${f.version}/${f.verdict}/${f.file}: ${found.map((d) => d.code).join(', ') || 'no finding'}`);
    }
    assert.deepEqual(wrong, []);
  });
});
