// cron-schedule and invalid-time-zone: a CronJob's `schedule` must be what the API server's cron parser
// reads (five fields or a macro, no `TZ=` prefix since 1.27), and `timeZone` a tz database name.
// Time zones are judged leniently: only clear mistakes (wrong case, `KST`, `GMT+9`) are errors.
import type { YAMLMap } from 'yaml';
import { cronIssue, type CronIssue } from '../../util/cron';
import { timeZoneIssue } from '../../util/timeZones';
import { insertAfterPair, replaceScalar } from '../../util/textEdits';
import { isStringScalar, mapAt, pairOf, type KeyedPair, type StringScalar } from '../../util/yamlAccess';
import { cronJobMessages } from '../messages/cronJob';
import type { Fix, Rule } from '../rule';
import { kindDocument, reportAt, type KindDocument } from './kindKit';

function scheduleFixes(doc: KindDocument, spec: YAMLMap, schedulePair: KeyedPair, node: StringScalar, issue: CronIssue): Fix[] {
  const text = doc.text;
  const say = cronJobMessages[doc.context.settings.language];
  const change = (value: string, title: string): Fix[] => {
    const edit = replaceScalar(text, node, value);
    return edit ? [{ title, edits: [edit], preferred: true }] : [];
  };
  switch (issue.kind) {
    case 'timeZonePrefix': {
      if (issue.zone === undefined || issue.rest === undefined || cronIssue(issue.rest) !== undefined) return [];
      const edit = replaceScalar(text, node, issue.rest);
      if (!edit) return [];
      const edits = [edit];
      if (!pairOf(spec, 'timeZone')) {
        const insert = insertAfterPair(text, spec, schedulePair, `timeZone: ${issue.zone}`);
        if (!insert) return [];
        edits.push(insert);
      }
      return [{ title: say.moveToTimeZone(issue.zone), edits, preferred: true }];
    }
    case 'fieldCount': {
      if (!issue.withSeconds) return [];
      const rest = node.value.trim().split(/\s+/).slice(1).join(' ');
      return change(rest, say.dropSeconds(rest));
    }
    case 'macro':
      return issue.suggestion !== undefined ? change(issue.suggestion, say.change(issue.suggestion)) : [];
    case 'outOfRange': {
      if (issue.field !== 'dayOfWeek' || issue.token !== '7') return [];
      const fields = node.value.trim().split(/\s+/);
      if (fields[4] !== '7') return [];
      const fixed = [...fields.slice(0, 4), '0'].join(' ');
      return change(fixed, say.change(fixed));
    }
    default:
      return [];
  }
}

function checkSchedule(doc: KindDocument, spec: YAMLMap, schedulePair: KeyedPair, node: StringScalar): void {
  const issue = cronIssue(node.value);
  if (!issue) return;
  reportAt(doc.context, node, {
    code: 'cron-schedule',
    severity: 'error',
    message: cronJobMessages[doc.context.settings.language].schedule(issue),
    fixes: scheduleFixes(doc, spec, schedulePair, node, issue),
  });
}

function checkTimeZone(doc: KindDocument, node: StringScalar): void {
  const zone = node.value;
  const issue = timeZoneIssue(zone);
  if (!issue) return;
  const say = cronJobMessages[doc.context.settings.language];
  const candidates =
    issue.kind === 'abbreviation'
      ? issue.suggestions
      : issue.kind === 'case' || issue.kind === 'unknown'
        ? [issue.suggestion]
        : issue.kind === 'offset' && issue.suggestion !== undefined
          ? [issue.suggestion]
          : [];
  const fixes: Fix[] = [];
  for (const candidate of candidates) {
    const edit = replaceScalar(doc.text, node, candidate);
    if (edit) fixes.push({ title: say.change(candidate), edits: [edit], ...(fixes.length === 0 ? { preferred: true } : {}) });
  }
  reportAt(doc.context, node, {
    code: 'invalid-time-zone',
    severity: issue.kind === 'unknown' ? 'warning' : 'error',
    message: say.timeZone(zone, issue),
    fixes,
  });
}

export const cronJobRule: Rule = {
  codes: ['cron-schedule', 'invalid-time-zone'],
  check(raw) {
    const doc = kindDocument(raw, ['CronJob']);
    const spec = doc ? mapAt(doc.root, 'spec') : undefined;
    if (!doc || !spec) return;
    const schedulePair = pairOf(spec, 'schedule');
    if (schedulePair && isStringScalar(schedulePair.value)) checkSchedule(doc, spec, schedulePair, schedulePair.value);
    const timeZone = pairOf(spec, 'timeZone')?.value;
    if (isStringScalar(timeZone)) checkTimeZone(doc, timeZone);
  },
};
