import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { cronIssue } from '../../../server/src/service/util/cron';
import { timeZoneIssue } from '../../../server/src/service/util/timeZones';
import { applyFix, diagnose, fixesOf, rangeOf, textAt, withCode, yaml } from '../../helpers/ruleHarness';

const cronJob = (...spec: string[]): string =>
  yaml(
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    '  name: report',
    'spec:',
    ...spec.map((line) => `  ${line}`),
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          restartPolicy: OnFailure',
    '          containers:',
    '            - name: report',
    '              image: busybox:1.36.1',
  );

describe('cron schedules as the API server parses them', () => {
  it('accepts five fields with ranges, lists, steps, names and `?`, and the macros', () => {
    for (const schedule of [
      '*/5 * * * *',
      '0 9-18/2 * * MON-FRI',
      '15,45 0 1,15 jan-jun ?',
      '0 0 1-31 * *',
      '5 4 * * sun',
      '0  3   *  *  *',
      '30 2 31 12 6',
      '*-5 * * * *',
      '@yearly',
      '@annually',
      '@monthly',
      '@weekly',
      '@daily',
      '@midnight',
      '@hourly',
      '@every 1h30m',
      '@every 90s',
    ]) {
      assert.equal(cronIssue(schedule), undefined, schedule);
    }
  });

  it('names the first problem', () => {
    assert.deepEqual(cronIssue('61 * * * *'), { kind: 'outOfRange', field: 'minute', token: '61', value: 61 });
    assert.deepEqual(cronIssue('0 24 * * *'), { kind: 'outOfRange', field: 'hour', token: '24', value: 24 });
    assert.deepEqual(cronIssue('0 0 0 * *'), { kind: 'outOfRange', field: 'dayOfMonth', token: '0', value: 0 });
    assert.deepEqual(cronIssue('0 0 * 13 *'), { kind: 'outOfRange', field: 'month', token: '13', value: 13 });
    assert.deepEqual(cronIssue('0 0 * * 1-7'), { kind: 'outOfRange', field: 'dayOfWeek', token: '1-7', value: 7 });
    assert.deepEqual(cronIssue('0 5-1 * * *'), { kind: 'backwards', field: 'hour', token: '5-1' });
    assert.deepEqual(cronIssue('*/0 * * * *'), { kind: 'step', field: 'minute', token: '*/0' });
    assert.deepEqual(cronIssue('0 0 L * *'), { kind: 'value', field: 'dayOfMonth', token: 'L', quartz: true });
    assert.deepEqual(cronIssue('0 0 * * MON#2'), { kind: 'value', field: 'dayOfWeek', token: 'MON#2', quartz: true });
    assert.deepEqual(cronIssue('0 0 * * monday'), { kind: 'value', field: 'dayOfWeek', token: 'monday', quartz: false });
    assert.deepEqual(cronIssue('0 0 * *'), { kind: 'fieldCount', count: 4, withSeconds: false });
    assert.deepEqual(cronIssue('0 0 12 * * ?'), { kind: 'fieldCount', count: 6, withSeconds: true });
    assert.deepEqual(cronIssue('0 0 12 * * ? 2025'), { kind: 'fieldCount', count: 7, withSeconds: false });
    assert.deepEqual(cronIssue('@Daily'), { kind: 'macro', written: '@Daily', suggestion: '@daily' });
    assert.deepEqual(cronIssue('@every 1 hour'), { kind: 'every', duration: '1 hour' });
    assert.deepEqual(cronIssue('TZ=UTC 0 0 * * *'), { kind: 'timeZonePrefix', zone: 'UTC', rest: '0 0 * * *' });
    assert.deepEqual(cronIssue(' '), { kind: 'empty' });
  });
});

describe('time zone names', () => {
  it('accepts zone names, UTC and the Etc zones, and links the runtime does not list', () => {
    for (const zone of [
      'Asia/Seoul',
      'America/New_York',
      'Europe/London',
      'UTC',
      'Etc/UTC',
      'Etc/GMT-9',
      'GMT',
      'Asia/Kolkata',
      'US/Pacific',
      'ROK',
      'EST',
    ]) {
      assert.equal(timeZoneIssue(zone), undefined, zone);
    }
  });

  it('flags only clear mistakes', () => {
    assert.deepEqual(timeZoneIssue('asia/seoul'), { kind: 'case', suggestion: 'Asia/Seoul' });
    assert.deepEqual(timeZoneIssue('utc'), { kind: 'case', suggestion: 'UTC' });
    assert.deepEqual(timeZoneIssue('KST'), { kind: 'abbreviation', suggestions: ['Asia/Seoul'] });
    assert.deepEqual(timeZoneIssue('GMT+9'), { kind: 'offset', suggestion: 'Etc/GMT-9' });
    assert.deepEqual(timeZoneIssue('UTC+09:00'), { kind: 'offset', suggestion: 'Etc/GMT-9' });
    assert.deepEqual(timeZoneIssue('UTC+5:30'), { kind: 'offset', suggestion: undefined });
    assert.deepEqual(timeZoneIssue('Local'), { kind: 'local' });
    assert.deepEqual(timeZoneIssue('Asia / Seoul'), { kind: 'characters' });
    assert.deepEqual(timeZoneIssue('Asia/Seol'), { kind: 'unknown', suggestion: 'Asia/Seoul' });
    // Unknown and far from every name we know: the tz database may still have it.
    assert.equal(timeZoneIssue('Mars/Olympus_Mons'), undefined);
  });
});

describe('cron-schedule', () => {
  it('explains a seconds field and drops it', () => {
    const text = cronJob('schedule: "0 */5 * * * *"');
    const [d, ...rest] = withCode(text, 'cron-schedule');
    assert.equal(rest.length, 0);
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [5, 12, 5, 27]);
    assert.equal(
      d?.message,
      'This schedule has 6 fields, but Kubernetes cron has no seconds field: its five fields are minute, hour, day of month, month and day of week. Drop the first field; a CronJob runs at most once a minute.',
    );
    assert.deepEqual(
      fixesOf(d).map((f) => f.title),
      ['Remove the seconds field: `*/5 * * * *`'],
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /schedule: "\*\/5 \* \* \* \*"\n/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('moves a CRON_TZ prefix to timeZone', () => {
    const text = cronJob('schedule: "CRON_TZ=Asia/Seoul 30 8 * * 1-5"');
    const [d] = withCode(text, 'cron-schedule');
    assert.equal(
      d?.message,
      'Kubernetes rejects `TZ=` and `CRON_TZ=` in `schedule` (since 1.27): put the zone in `timeZone`, as `timeZone: Asia/Seoul`.',
    );
    const fixed = applyFix(text, d);
    assert.match(fixed, /\n {2}schedule: "30 8 \* \* 1-5"\n {2}timeZone: Asia\/Seoul\n/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('turns day-of-week 7 into 0, suggests macros, and names bad fields', () => {
    const sunday = cronJob('schedule: "0 4 * * 7"');
    const [s] = withCode(sunday, 'cron-schedule');
    assert.match(s?.message ?? '', /^Sunday is `0` \(or `SUN`\) in Kubernetes cron/);
    assert.match(applyFix(sunday, s), /schedule: "0 4 \* \* 0"/);

    const macro = cronJob('schedule: "@dayly"');
    const [m] = withCode(macro, 'cron-schedule');
    assert.match(m?.message ?? '', /`@dayly` is not a schedule macro; .* Did you mean `@daily`\?$/);
    assert.deepEqual(diagnose(applyFix(macro, m)), []);

    const hour = cronJob('schedule: "0 25 * * *"');
    assert.equal(withCode(hour, 'cron-schedule')[0]?.message, "`25`: 25 is outside the hour field's range, 0–23.");
    const quartz = cronJob("schedule: '0 0 L * ?'");
    assert.match(withCode(quartz, 'cron-schedule')[0]?.message ?? '', /`L`, `W` and `#` belong to Quartz cron/);
    assert.deepEqual(withCode(cronJob('schedule: "@every 2h"'), 'cron-schedule'), []);
  });
});

describe('invalid-time-zone', () => {
  it('corrects the case of a zone name', () => {
    const text = cronJob('schedule: "0 9 * * *"', 'timeZone: asia/seoul');
    const [d] = withCode(text, 'invalid-time-zone');
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rangeOf(d), [6, 12, 6, 22]);
    assert.equal(d?.message, '`asia/seoul` is not a time zone name: names are case-sensitive. Did you mean `Asia/Seoul`?');
    const fixed = applyFix(text, d);
    assert.match(fixed, /timeZone: Asia\/Seoul\n/);
    assert.deepEqual(diagnose(fixed), []);
  });

  it('offers the zones an abbreviation means, and the Etc zone of an offset', () => {
    const cst = cronJob('schedule: "0 9 * * *"', 'timeZone: CST');
    const [c] = withCode(cst, 'invalid-time-zone');
    assert.equal(
      c?.message,
      "`CST` is an abbreviation, not a time zone name, and Kubernetes rejects it: write the zone's name, such as `America/Chicago` or `Asia/Shanghai`.",
    );
    assert.deepEqual(
      fixesOf(c).map((f) => f.title),
      ['Change to `America/Chicago`', 'Change to `Asia/Shanghai`'],
    );
    assert.deepEqual(diagnose(applyFix(cst, c, 1)), []);

    const offset = cronJob('schedule: "0 9 * * *"', 'timeZone: "GMT+9"');
    const [o] = withCode(offset, 'invalid-time-zone');
    assert.match(o?.message ?? '', /The zone for it is `Etc\/GMT-9` \(the `Etc\/GMT` names count the other way round\)/);
    assert.match(applyFix(offset, o), /timeZone: "Etc\/GMT-9"\n/);
  });

  it('only warns about a name it does not know, and says nothing of names far from any it knows', () => {
    const [w] = withCode(cronJob('schedule: "0 9 * * *"', 'timeZone: Europe/Pariss'), 'invalid-time-zone');
    assert.equal(w?.severity, DiagnosticSeverity.Warning);
    assert.equal(w?.message, '`Europe/Pariss` is not a time zone name Podwright knows. Did you mean `Europe/Paris`?');
    assert.deepEqual(withCode(cronJob('schedule: "0 9 * * *"', 'timeZone: US/Pacific'), 'invalid-time-zone'), []);
  });
});

describe('CronJob rules in Korean', () => {
  it('words findings and fix titles in Korean', () => {
    const korean = (text: string, code: string) => withCode(text, code, { language: 'ko' });
    const [s] = korean(cronJob('schedule: "0 */5 * * * *"'), 'cron-schedule');
    assert.equal(
      s?.message,
      '이 스케줄에는 필드가 6개 있지만 Kubernetes cron에는 초 필드가 없습니다. 다섯 필드는 분, 시, 일, 월, 요일 순서입니다. 첫 번째 필드를 지우세요. CronJob은 많아야 1분에 한 번 실행됩니다.',
    );
    assert.deepEqual(
      fixesOf(s).map((f) => f.title),
      ['초 필드 지우기: `*/5 * * * *`'],
    );
    const [t] = korean(cronJob('schedule: "CRON_TZ=Asia/Seoul 0 9 * * *"'), 'cron-schedule');
    assert.equal(
      t?.message,
      'Kubernetes는 1.27부터 `schedule` 안의 `TZ=`, `CRON_TZ=`를 거부합니다. 시간대는 `timeZone`에 쓰세요(`timeZone: Asia/Seoul`).',
    );
    assert.deepEqual(
      fixesOf(t).map((f) => f.title),
      ['`Asia/Seoul` 값을 `timeZone`으로 옮기기'],
    );
    const [z] = korean(cronJob('schedule: "0 9 * * *"', 'timeZone: KST'), 'invalid-time-zone');
    assert.equal(z?.message, '`KST` 값은 약어이지 시간대 이름이 아니어서 Kubernetes가 거부합니다. `Asia/Seoul` 같은 시간대 이름을 쓰세요.');
    assert.deepEqual(
      fixesOf(z).map((f) => f.title),
      ['`Asia/Seoul`로 바꾸기'],
    );
    assert.equal(textAt(cronJob('schedule: "0 9 * * *"', 'timeZone: KST'), z), 'KST');
  });
});
