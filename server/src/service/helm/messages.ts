// Words of the chart values features (helm/valuesFeatures.ts), English and Korean.
import type { Language } from '../settings';

type Localized<T> = Readonly<Record<Language, T>>;

export interface ValuesWords {
  /** Information diagnostic: no values file of the chart sets the path. */
  notSet(path: string, files: string): string;
  /** Hover: the value a values file gives the path. */
  setIn(file: string): string;
  /** Hover: no values file sets it. */
  hoverNotSet(files: string): string;
  /** Completion detail: a key of the values file. */
  fromFile(file: string): string;
}

export const valuesWords: Localized<ValuesWords> = {
  en: {
    notSet: (path, files) =>
      `\`${path}\` is not set in ${files}. It renders empty unless it is given at install time (\`--set\` or \`-f\`).`,
    setIn: (file) => `Set in \`${file}\`:`,
    hoverNotSet: (files) => `Not set in ${files}: empty unless given at install time (\`--set\` or \`-f\`).`,
    fromFile: (file) => `from ${file}`,
  },
  ko: {
    notSet: (path, files) => `${files}에 \`${path}\` 값이 없습니다. 설치할 때(\`--set\` 또는 \`-f\`) 주지 않으면 빈 값으로 렌더링됩니다.`,
    setIn: (file) => `\`${file}\`에 설정된 값:`,
    hoverNotSet: (files) => `${files}에 설정되지 않은 값입니다. 설치할 때(\`--set\` 또는 \`-f\`) 주지 않으면 비어 있습니다.`,
    fromFile: (file) => `${file}에서`,
  },
};
