// Messages of misplaced-field (rules/misplacedField.ts). A place is the top level (''), a path such as
// `spec.containers[0]`, or, for `inEntry`, the list whose entries hold the field.
import type { Localized } from './localized';

export interface MisplacedFieldMessages {
  /**
   * `target`: where it belongs (`spec`, or the list `spec.containers` when `inEntry`); `full`: the
   * field's whole path when it says more than the key; `current`: where it is written now.
   */
  misplaced(key: string, target: string, inEntry: boolean, full: string | undefined, current: string, owner: string): string;
  move(key: string, container: string): string;
}

function whereEn(path: string): string {
  return path === '' ? 'at the top level' : `under \`${path}\``;
}

/** Every Korean place ends in a noun followed by `에`, so no particle depends on the path's sound. */
function whereKo(path: string): string {
  return path === '' ? '최상위' : `\`${path}\` 아래`;
}

export const misplacedFieldMessages: Localized<MisplacedFieldMessages> = {
  en: {
    misplaced: (key, target, inEntry, full, current, owner) => {
      const place = inEntry ? `in an entry of \`${target}\`` : whereEn(target);
      const whole = full === undefined ? '' : ` (\`${full}\`)`;
      return `\`${key}\` belongs ${place}${whole}, not ${whereEn(current)}: ${owner} has no field \`${key}\`. Check the indentation.`;
    },
    move: (key, container) => `Move \`${key}\` ${container === '' ? 'to the top level' : `under \`${container}\``}`,
  },
  ko: {
    misplaced: (key, target, inEntry, full, current, owner) => {
      const place = inEntry ? `\`${target}\` 리스트의 항목 안` : whereKo(target);
      const whole = full === undefined ? '' : `(\`${full}\`)`;
      return `\`${key}\` 필드는 ${place}${whole}에 있어야 하는데 ${whereKo(current)}에 있습니다. ${owner}에는 \`${key}\` 필드가 없습니다. 들여쓰기를 확인하세요.`;
    },
    move: (key, container) => `\`${key}\` 필드를 ${container === '' ? '최상위로' : `\`${container}\` 아래로`} 옮기기`,
  },
};
