// Messages of wrong-api-version (rules/apiVersion.ts).
import type { Localized } from './localized';

export interface ApiVersionMessages {
  /** `served`: every apiVersion that serves the kind, the usual one first. */
  missing(kind: string, served: readonly string[], use: string): string;
  removed(written: string, kind: string, removedIn: string, replacement: string): string;
  notServed(kind: string, served: readonly string[], written: string, replacement: string): string;
  add(use: string): string;
  change(replacement: string): string;
}

function versions(served: readonly string[], or: string): string {
  return served.map((v) => `\`${v}\``).join(or);
}

export const apiVersionMessages: Localized<ApiVersionMessages> = {
  en: {
    missing: (kind, served, use) =>
      `\`apiVersion\` is missing: ${kind} is served under ${versions(served, ' or ')}. Add \`apiVersion: ${use}\`.`,
    removed: (written, kind, removedIn, replacement) =>
      `\`${written}\` no longer serves ${kind}: it was removed in Kubernetes ${removedIn}. Use \`apiVersion: ${replacement}\`.`,
    notServed: (kind, served, written, replacement) =>
      `${kind} is served under ${versions(served, ' or ')}, not \`${written}\`. Use \`apiVersion: ${replacement}\`.`,
    add: (use) => `Add \`apiVersion: ${use}\``,
    change: (replacement) => `Change to \`${replacement}\``,
  },
  ko: {
    missing: (kind, served, use) =>
      `\`apiVersion\` 필드가 없습니다. ${kind} 리소스는 ${versions(served, ' 또는 ')}에서 제공됩니다. \`apiVersion: ${use}\` 줄을 추가하세요.`,
    removed: (written, kind, removedIn, replacement) =>
      `\`${written}\` 버전은 더 이상 ${kind} 리소스를 제공하지 않습니다. Kubernetes ${removedIn}에서 제거되었습니다. 대신 \`apiVersion: ${replacement}\`을(를) 쓰세요.`,
    notServed: (kind, served, written, replacement) =>
      `${kind} 리소스는 ${versions(served, ' 또는 ')}에서 제공되며 \`${written}\`에서는 제공되지 않습니다. 대신 \`apiVersion: ${replacement}\`을(를) 쓰세요.`,
    add: (use) => `\`apiVersion: ${use}\` 추가하기`,
    change: (replacement) => `\`${replacement}\`(으)로 바꾸기`,
  },
};
