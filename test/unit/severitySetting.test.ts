// The podwright.severities setting lists every code the rules report, so VS Code's settings editor
// completes and checks each one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/service/validation/rules/index';
import { CROSS_CODES } from '../../server/src/service/validation/crossChecks';
import { UNDEFINED_VALUE_CODE } from '../../server/src/service/helm/valuesFeatures';

interface SettingSchema {
  readonly properties?: Record<string, { readonly enum?: readonly string[] }>;
}
interface ConfigurationSection {
  readonly properties: Record<string, SettingSchema>;
}
interface Manifest {
  readonly contributes: { readonly configuration: ConfigurationSection | ConfigurationSection[] };
}

function severitiesSetting(): SettingSchema {
  // out/test/unit → repository root
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as Manifest;
  const configuration = manifest.contributes.configuration;
  const sections: ConfigurationSection[] = Array.isArray(configuration) ? configuration : [configuration];
  const setting = sections.map((s) => s.properties['podwright.severities']).find((s) => s !== undefined);
  assert.ok(setting, 'package.json contributes podwright.severities');
  return setting;
}

describe('podwright.severities setting', () => {
  it('names every code a rule can report, each with the five choices', () => {
    const listed = severitiesSetting().properties ?? {};
    const codes = [...new Set([...allRules.flatMap((rule) => rule.codes), ...CROSS_CODES, UNDEFINED_VALUE_CODE])];
    assert.deepEqual(
      codes.filter((code) => !(code in listed)),
      [],
      'codes missing from package.json',
    );
    assert.deepEqual(
      Object.keys(listed).filter((code) => !codes.includes(code)),
      [],
      'package.json lists codes no rule reports',
    );
    for (const code of codes) assert.deepEqual(listed[code]?.enum, ['error', 'warning', 'information', 'hint', 'off'], code);
  });
});
