import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dns1123LabelIssue,
  dns1123SubdomainIssue,
  ianaSvcNameIssue,
  type NameIssue,
  toDns1123Label,
  toDns1123Subdomain,
  toIanaSvcName,
} from '../../server/src/service/util/names';
import { invalidNameMessages } from '../../server/src/service/validation/messages/invalidName';

/** What a check finds, in the English the invalid-name diagnostic uses. */
const inEnglish = (issue: NameIssue | undefined): string | undefined => issue && invalidNameMessages.en.issue(issue);
const dns1123LabelProblem = (name: string): string | undefined => inEnglish(dns1123LabelIssue(name));
const dns1123SubdomainProblem = (name: string): string | undefined => inEnglish(dns1123SubdomainIssue(name));
const ianaSvcNameProblem = (name: string): string | undefined => inEnglish(ianaSvcNameIssue(name));

describe('DNS-1123 labels', () => {
  it('accepts lower-case names with inner dashes', () => {
    for (const name of ['nginx', 'chat-container', 'a', 'a--b', '0abc', 'x'.repeat(63)])
      assert.equal(dns1123LabelProblem(name), undefined, name);
  });

  it('explains what is wrong', () => {
    assert.match(dns1123LabelProblem('spring-container:latest') ?? '', /contains ':'/);
    assert.match(dns1123LabelProblem('MyApp') ?? '', /upper-case/);
    assert.match(dns1123LabelProblem('x'.repeat(64)) ?? '', /64 characters long; the limit is 63/);
    assert.match(dns1123LabelProblem('-web') ?? '', /start and end/);
    assert.match(dns1123LabelProblem('a.b') ?? '', /contains '\.'/);
    assert.match(dns1123LabelProblem('my app') ?? '', /a space/);
    assert.match(dns1123LabelProblem('') ?? '', /empty/);
  });

  it('converts to a valid label', () => {
    assert.equal(toDns1123Label('spring-container:latest'), 'spring-container-latest');
    assert.equal(toDns1123Label('MyApp'), 'myapp');
    assert.equal(toDns1123Label('-my_app-'), 'my-app');
    assert.equal(toDns1123Label('x'.repeat(70)), 'x'.repeat(63));
    assert.equal(toDns1123Label('웹서버'), '');
  });
});

describe('DNS-1123 subdomains', () => {
  it('accepts dotted names up to 253 characters', () => {
    assert.equal(dns1123SubdomainProblem('my.app-1.example'), undefined);
    assert.equal(dns1123SubdomainProblem('x'.repeat(63)), undefined);
  });

  it('rejects empty parts, bad characters and length', () => {
    assert.match(dns1123SubdomainProblem('a..b') ?? '', /empty part/);
    assert.match(dns1123SubdomainProblem('a.-b') ?? '', /start and end/);
    assert.match(dns1123SubdomainProblem('My_Pod') ?? '', /'_' and upper-case letters/);
    assert.match(dns1123SubdomainProblem(`${'a'.repeat(60)}.`.repeat(5)) ?? '', /limit is 253/);
    assert.equal(toDns1123Subdomain('My_Pod.V2'), 'my-pod.v2');
  });
});

describe('IANA service names (port names)', () => {
  it('accepts short lower-case names with a letter', () => {
    for (const name of ['http', 'http-alt', 'metrics9090', 'h2c']) assert.equal(ianaSvcNameProblem(name), undefined, name);
  });

  it('rejects what Kubernetes rejects', () => {
    assert.match(ianaSvcNameProblem('8080') ?? '', /at least one letter/);
    assert.match(ianaSvcNameProblem('a-very-long-port-name') ?? '', /at most 15/);
    assert.match(ianaSvcNameProblem('http--alt') ?? '', /'--'/);
    assert.match(ianaSvcNameProblem('-http') ?? '', /start or end/);
    assert.match(ianaSvcNameProblem('HTTP') ?? '', /upper-case/);
    assert.match(ianaSvcNameProblem('http_alt') ?? '', /'_'/);
  });

  it('converts to a valid port name when it can', () => {
    assert.equal(toIanaSvcName('HTTP_Alt'), 'http-alt');
    assert.equal(toIanaSvcName('web--metrics-endpoint'), 'web-metrics-end');
    assert.equal(toIanaSvcName('8080'), undefined);
  });
});
