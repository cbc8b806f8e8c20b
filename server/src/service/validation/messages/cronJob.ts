// Messages of cron-schedule and invalid-time-zone (rules/cronJob.ts).
import type { CronField, CronIssue } from '../../util/cron';
import type { TimeZoneIssue } from '../../util/timeZones';
import type { Localized } from './localized';

export interface CronJobMessages {
  schedule(issue: CronIssue): string;
  timeZone(zone: string, issue: TimeZoneIssue): string;
  change(value: string): string;
  dropSeconds(rest: string): string;
  moveToTimeZone(zone: string): string;
}

const FIELD_EN: Readonly<Record<CronField, { name: string; range: string }>> = {
  minute: { name: 'minute', range: '0–59' },
  hour: { name: 'hour', range: '0–23' },
  dayOfMonth: { name: 'day-of-month', range: '1–31' },
  month: { name: 'month', range: '1–12 or `JAN`–`DEC`' },
  dayOfWeek: { name: 'day-of-week', range: '0–6 or `SUN`–`SAT`, Sunday being 0' },
};

/** Each Korean field name is followed by `필드`, so particles attach to a fixed word. */
const FIELD_KO: Readonly<Record<CronField, { name: string; range: string }>> = {
  minute: { name: '분', range: '0–59' },
  hour: { name: '시', range: '0–23' },
  dayOfMonth: { name: '일', range: '1–31' },
  month: { name: '월', range: '1–12 또는 `JAN`–`DEC`' },
  dayOfWeek: { name: '요일', range: '0–6 또는 `SUN`–`SAT`, 일요일이 0' },
};

const FIVE_FIELDS_EN = 'minute, hour, day of month, month and day of week';
const FIVE_FIELDS_KO = '분, 시, 일, 월, 요일';
const MACROS = '`@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`';

function scheduleEn(issue: CronIssue): string {
  switch (issue.kind) {
    case 'empty':
      return `\`schedule\` is empty: write five fields (${FIVE_FIELDS_EN}) such as \`"0 3 * * *"\`, or a macro such as \`@daily\`.`;
    case 'timeZonePrefix':
      return `Kubernetes rejects \`TZ=\` and \`CRON_TZ=\` in \`schedule\` (since 1.27): put the zone in \`timeZone\`${issue.zone !== undefined ? `, as \`timeZone: ${issue.zone}\`` : ''}.`;
    case 'fieldCount':
      return issue.withSeconds
        ? `This schedule has 6 fields, but Kubernetes cron has no seconds field: its five fields are ${FIVE_FIELDS_EN}. Drop the first field; a CronJob runs at most once a minute.`
        : `A schedule has five fields (${FIVE_FIELDS_EN}) or is a macro such as \`@daily\`; this one has ${issue.count}.`;
    case 'macro':
      return `\`${issue.written}\` is not a schedule macro; Kubernetes knows ${MACROS} (and \`@annually\`, \`@midnight\`, \`@every <duration>\`).${issue.suggestion !== undefined ? ` Did you mean \`${issue.suggestion}\`?` : ''}`;
    case 'every':
      return `\`@every\` needs a duration such as \`30m\` or \`1h30m\`${issue.duration !== '' ? `; \`${issue.duration}\` is not one` : ''}.`;
    case 'outOfRange':
      if (issue.field === 'dayOfWeek' && issue.value === 7)
        return 'Sunday is `0` (or `SUN`) in Kubernetes cron: the day-of-week field runs from 0 to 6, so `7` is out of range.';
      return `\`${issue.token}\`: ${issue.value} is outside the ${FIELD_EN[issue.field].name} field's range, ${FIELD_EN[issue.field].range}.`;
    case 'backwards':
      return `\`${issue.token}\` runs backwards: a range in the ${FIELD_EN[issue.field].name} field goes from the smaller value to the larger.`;
    case 'step':
      return `\`${issue.token}\` has a bad step: \`/\` is followed by one positive whole number, as in \`*/5\`.`;
    case 'value':
      return (
        `\`${issue.token}\` is not a number or name the ${FIELD_EN[issue.field].name} field knows (${FIELD_EN[issue.field].range}).` +
        (issue.quartz ? ' `L`, `W` and `#` belong to Quartz cron; Kubernetes cron does not support them.' : '')
      );
  }
}

function scheduleKo(issue: CronIssue): string {
  switch (issue.kind) {
    case 'empty':
      return `\`schedule\`이 비어 있습니다. \`"0 3 * * *"\`처럼 다섯 필드(${FIVE_FIELDS_KO})를 쓰거나 \`@daily\` 같은 매크로를 쓰세요.`;
    case 'timeZonePrefix':
      return `Kubernetes는 1.27부터 \`schedule\` 안의 \`TZ=\`, \`CRON_TZ=\`를 거부합니다. 시간대는 \`timeZone\`에 쓰세요${issue.zone !== undefined ? `(\`timeZone: ${issue.zone}\`)` : ''}.`;
    case 'fieldCount':
      return issue.withSeconds
        ? `이 스케줄에는 필드가 6개 있지만 Kubernetes cron에는 초 필드가 없습니다. 다섯 필드는 ${FIVE_FIELDS_KO} 순서입니다. 첫 번째 필드를 지우세요. CronJob은 많아야 1분에 한 번 실행됩니다.`
        : `스케줄은 다섯 필드(${FIVE_FIELDS_KO})로 쓰거나 \`@daily\` 같은 매크로로 씁니다. 이 스케줄의 필드는 ${issue.count}개입니다.`;
    case 'macro':
      return `\`${issue.written}\` 값은 스케줄 매크로가 아닙니다. Kubernetes가 아는 매크로는 ${MACROS}(그리고 \`@annually\`, \`@midnight\`, \`@every <기간>\`)입니다.${issue.suggestion !== undefined ? ` \`${issue.suggestion}\` 값을 쓰려던 것인가요?` : ''}`;
    case 'every':
      return `\`@every\` 뒤에는 \`30m\`, \`1h30m\` 같은 기간이 와야 합니다${issue.duration !== '' ? `. \`${issue.duration}\` 값은 기간이 아닙니다` : ''}.`;
    case 'outOfRange':
      if (issue.field === 'dayOfWeek' && issue.value === 7)
        return 'Kubernetes cron에서 일요일은 `0`(또는 `SUN`)입니다. 요일 필드는 0부터 6까지여서 `7`은 범위를 벗어납니다.';
      return `\`${issue.token}\`: ${issue.value}은(는) ${FIELD_KO[issue.field].name} 필드의 범위(${FIELD_KO[issue.field].range})를 벗어납니다.`;
    case 'backwards':
      return `\`${issue.token}\` 범위가 거꾸로입니다. ${FIELD_KO[issue.field].name} 필드의 범위는 작은 값에서 큰 값으로 씁니다.`;
    case 'step':
      return `\`${issue.token}\`의 간격이 잘못되었습니다. \`*/5\`처럼 \`/\` 뒤에는 양의 정수 하나가 옵니다.`;
    case 'value':
      return (
        `\`${issue.token}\` 값은 ${FIELD_KO[issue.field].name} 필드에 쓸 수 있는 숫자나 이름(${FIELD_KO[issue.field].range})이 아닙니다.` +
        (issue.quartz ? ' `L`, `W`, `#`는 Quartz cron의 문법이며 Kubernetes cron은 지원하지 않습니다.' : '')
      );
  }
}

function list(zones: readonly string[], or: string): string {
  return zones.map((z) => `\`${z}\``).join(or);
}

function timeZoneEn(zone: string, issue: TimeZoneIssue): string {
  switch (issue.kind) {
    case 'empty':
      return "`timeZone` is empty, which Kubernetes rejects: remove it to use the controller's time zone, or write a zone name such as `Etc/UTC`.";
    case 'local':
      return `\`${zone}\` is not allowed: give an explicit time zone such as \`Asia/Seoul\` or \`Etc/UTC\`.`;
    case 'characters':
      return `\`${zone}\` is not a time zone name: names look like \`Asia/Seoul\` or \`America/New_York\`, with no spaces, and Kubernetes rejects this one.`;
    case 'case':
      return `\`${zone}\` is not a time zone name: names are case-sensitive. Did you mean \`${issue.suggestion}\`?`;
    case 'abbreviation':
      return `\`${zone}\` is an abbreviation, not a time zone name, and Kubernetes rejects it: write the zone's name, such as ${list(issue.suggestions, ' or ')}.`;
    case 'offset':
      return issue.suggestion !== undefined && issue.suggestion !== 'UTC'
        ? `\`${zone}\` is an offset, not a time zone name, and Kubernetes rejects it. The zone for it is \`${issue.suggestion}\` (the \`Etc/GMT\` names count the other way round); a city zone such as \`Asia/Seoul\` reads better and follows daylight saving time.`
        : `\`${zone}\` is an offset, not a time zone name, and Kubernetes rejects it: write a zone name such as ${issue.suggestion === 'UTC' ? '`UTC`' : '`Asia/Seoul`'}.`;
    case 'unknown':
      return `\`${zone}\` is not a time zone name Podwright knows. Did you mean \`${issue.suggestion}\`?`;
  }
}

function timeZoneKo(zone: string, issue: TimeZoneIssue): string {
  switch (issue.kind) {
    case 'empty':
      return '`timeZone`이 비어 있어서 Kubernetes가 거부합니다. 컨트롤러의 시간대를 쓰려면 이 필드를 지우고, 아니면 `Etc/UTC` 같은 시간대 이름을 쓰세요.';
    case 'local':
      return `\`${zone}\` 값은 쓸 수 없습니다. \`Asia/Seoul\`이나 \`Etc/UTC\`처럼 시간대를 명시하세요.`;
    case 'characters':
      return `\`${zone}\` 값은 시간대 이름이 아닙니다. 시간대 이름은 \`Asia/Seoul\`, \`America/New_York\`처럼 생겼고 공백이 없으며, Kubernetes는 이 값을 거부합니다.`;
    case 'case':
      return `\`${zone}\` 값은 시간대 이름이 아닙니다. 시간대 이름은 대소문자를 구분합니다. \`${issue.suggestion}\` 값을 쓰려던 것인가요?`;
    case 'abbreviation':
      return `\`${zone}\` 값은 약어이지 시간대 이름이 아니어서 Kubernetes가 거부합니다. ${list(issue.suggestions, ' 또는 ')} 같은 시간대 이름을 쓰세요.`;
    case 'offset':
      return issue.suggestion !== undefined && issue.suggestion !== 'UTC'
        ? `\`${zone}\` 값은 시차이지 시간대 이름이 아니어서 Kubernetes가 거부합니다. 이 시차의 시간대는 \`${issue.suggestion}\`입니다(\`Etc/GMT\` 이름은 부호가 반대입니다). \`Asia/Seoul\` 같은 도시 시간대가 읽기 쉽고 일광 절약 시간도 따릅니다.`
        : `\`${zone}\` 값은 시차이지 시간대 이름이 아니어서 Kubernetes가 거부합니다. ${issue.suggestion === 'UTC' ? '`UTC`' : '`Asia/Seoul`'} 같은 시간대 이름을 쓰세요.`;
    case 'unknown':
      return `\`${zone}\` 값은 Podwright가 아는 시간대 이름이 아닙니다. \`${issue.suggestion}\` 값을 쓰려던 것인가요?`;
  }
}

export const cronJobMessages: Localized<CronJobMessages> = {
  en: {
    schedule: scheduleEn,
    timeZone: timeZoneEn,
    change: (value) => `Change to \`${value}\``,
    dropSeconds: (rest) => `Remove the seconds field: \`${rest}\``,
    moveToTimeZone: (zone) => `Move \`${zone}\` to \`timeZone\``,
  },
  ko: {
    schedule: scheduleKo,
    timeZone: timeZoneKo,
    change: (value) => `\`${value}\`(으)로 바꾸기`,
    dropSeconds: (rest) => `초 필드 지우기: \`${rest}\``,
    moveToTimeZone: (zone) => `\`${zone}\` 값을 \`timeZone\`으로 옮기기`,
  },
};
