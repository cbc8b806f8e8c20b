// util/names.ts beyond pod names: DNS-1035 labels, path segments, label keys and values, ConfigMap
// keys; and util/base64.ts, as the API server reads them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64Issue, decodedLength, repairedBase64 } from '../../server/src/service/util/base64';
import {
  configMapKeyIssue,
  dns1035LabelIssue,
  labelValueIssue,
  pathSegmentIssue,
  qualifiedNameIssue,
  toConfigMapKey,
  toDns1035Label,
  toLabelValue,
  toQualifiedName,
} from '../../server/src/service/util/names';

describe('DNS-1035 labels and path segments', () => {
  it('wants a letter first in a DNS-1035 label', () => {
    assert.equal(dns1035LabelIssue('web-2'), undefined);
    assert.deepEqual(dns1035LabelIssue('2web'), { kind: 'letterStart' });
    assert.deepEqual(dns1035LabelIssue('web.v2'), { kind: 'characters', characters: ['.'], alsoUpperCase: false, alphabet: 'label' });
    assert.equal(toDns1035Label('Web.Frontend'), 'web-frontend');
    assert.equal(toDns1035Label('2048'), '');
  });

  it('refuses only `.`, `..`, `/` and `%` in a path segment', () => {
    assert.equal(pathSegmentIssue('system:aggregate-to-edit'), undefined);
    assert.equal(pathSegmentIssue('Pod Reader'), undefined);
    assert.deepEqual(pathSegmentIssue('..'), { kind: 'dotName' });
    assert.deepEqual(pathSegmentIssue('a/b%c'), {
      kind: 'characters',
      characters: ['/', '%'],
      alsoUpperCase: false,
      alphabet: 'pathSegment',
    });
  });
});

describe('label keys and values', () => {
  it('checks the optional prefix as a lower-case DNS subdomain and the name part case-sensitively', () => {
    assert.equal(qualifiedNameIssue('app.kubernetes.io/Name'), undefined);
    assert.equal(qualifiedNameIssue('My_Key.v1'), undefined);
    assert.equal(qualifiedNameIssue('Example.com/x', true), undefined); // annotations: case does not matter
    assert.equal(qualifiedNameIssue('Example.com/x')?.part, 'prefix');
    assert.deepEqual(qualifiedNameIssue('/x'), { part: 'emptyPrefix' });
    assert.deepEqual(qualifiedNameIssue('a/b/c'), { part: 'slashes' });
    assert.deepEqual(qualifiedNameIssue('example.com/'), { part: 'name', issue: { kind: 'empty' } });
    assert.deepEqual(qualifiedNameIssue('_x'), { part: 'name', issue: { kind: 'edge' } });
    assert.deepEqual(qualifiedNameIssue('k'.repeat(64)), { part: 'name', issue: { kind: 'tooLong', length: 64, max: 63 } });
  });

  it('allows empty values and counts bytes', () => {
    assert.equal(labelValueIssue(''), undefined);
    assert.equal(labelValueIssue('v1.2.3_rc-1'), undefined);
    assert.deepEqual(labelValueIssue('v1 beta'), { kind: 'characters', characters: [' '] });
    assert.deepEqual(labelValueIssue('-x'), { kind: 'edge' });
    assert.deepEqual(labelValueIssue('값'), { kind: 'characters', characters: ['값'] });
  });

  it('suggests the nearest valid key or value', () => {
    assert.equal(toLabelValue('my app!'), 'my-app');
    assert.equal(toLabelValue('--'), '');
    assert.equal(toQualifiedName('Example.com/team name'), 'example.com/team-name');
    assert.equal(toQualifiedName('/tier'), 'tier');
  });
});

describe('ConfigMap keys', () => {
  it('follows IsConfigMapKey', () => {
    assert.equal(configMapKeyIssue('.env'), undefined);
    assert.equal(configMapKeyIssue('KEY_NAME-1.yaml'), undefined);
    assert.deepEqual(configMapKeyIssue('.'), { kind: 'dotName' });
    assert.deepEqual(configMapKeyIssue('..data'), { kind: 'dotDotPrefix' });
    assert.deepEqual(configMapKeyIssue('a b/c'), { kind: 'characters', characters: [' ', '/'] });
    assert.deepEqual(configMapKeyIssue('k'.repeat(254)), { kind: 'tooLong', length: 254, max: 253 });
    assert.equal(toConfigMapKey('conf/nginx.conf'), 'conf-nginx.conf');
    assert.equal(toConfigMapKey('..data'), 'data');
    assert.equal(toConfigMapKey('..'), '');
  });
});

describe('base64 as Go reads it', () => {
  it('accepts padded standard base64 with line breaks only', () => {
    for (const ok of ['', 'YQ==', 'YWI=', 'YWJj', 'YWJj\nZGVm\n', 'YWJj\r\nZGVm']) assert.equal(base64Issue(ok), undefined, ok);
    assert.deepEqual(base64Issue('YWJj ZGVm'), { kind: 'character', character: ' ' });
    assert.deepEqual(base64Issue('a-b_'), { kind: 'character', character: '-' });
    assert.deepEqual(base64Issue('YWI'), { kind: 'length' });
    assert.deepEqual(base64Issue('YQ==YQ=='), { kind: 'padding' });
    assert.equal(decodedLength('YWJj\nYQ=='), 4);
  });

  it('repairs base64 broken by spaces or missing padding only when it decodes to text', () => {
    assert.equal(repairedBase64('aGVsbG8g d29ybGQ='), 'aGVsbG8gd29ybGQ=');
    assert.equal(repairedBase64('aGVsbG8gd29ybGQ'), 'aGVsbG8gd29ybGQ=');
    assert.equal(repairedBase64('password'), undefined); // valid base64 already: nothing to repair
    assert.equal(repairedBase64('my password'), undefined); // decodes to noise: plain text
    assert.equal(repairedBase64('admin'), undefined);
  });
});
