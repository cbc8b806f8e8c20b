// A diagnosis as Markdown for a hover or a webview: a title, four short labelled parts, the
// evidence as a quoted block, the manifest field, and optional links (describe, logs). No HTML;
// cluster text is escaped so a log line cannot turn into markup.

import { catalogueFor } from './catalogue';
import { formatManifestPath } from './manifestPath';
import type { Diagnosis, Language } from './types';

export interface MarkdownOptions {
  /** Links shown at the end, e.g. command URIs for describe and previous logs. */
  links?: { label: string; uri: string }[];
  /** At most this many evidence lines (default 8). */
  maxEvidence?: number;
}

const MAX_LINE = 400;

/** Escapes text from the cluster so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function shorten(line: string): string {
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}

export function renderDiagnosisMarkdown(diagnosis: Diagnosis, language: Language = 'en', options: MarkdownOptions = {}): string {
  const h = catalogueFor(language).headings;
  const parts = [
    `#### ${diagnosis.title}`,
    `**${h.whatHappened}:** ${diagnosis.whatHappened}`,
    `**${h.likelyCause}:** ${diagnosis.likelyCause}`,
  ];
  const evidence = diagnosis.evidence.slice(0, options.maxEvidence ?? 8);
  if (evidence.length > 0) {
    parts.push(`**${h.evidence}:**`);
    parts.push(evidence.map((line) => `> ${escapeMarkdown(shorten(line))}`).join('\n>\n'));
  }
  parts.push(`**${h.whatToChange}:** ${diagnosis.whatToChange}`);
  if (diagnosis.manifestTarget !== undefined) parts.push(`${h.where}: \`${formatManifestPath(diagnosis.manifestTarget.path)}\``);
  const links = options.links ?? [];
  if (links.length > 0) parts.push(links.map((l) => `[${escapeMarkdown(l.label)}](${l.uri})`).join(' · '));
  return `${parts.join('\n\n')}\n`;
}

/** Several diagnoses, separated by rules. */
export function renderDiagnosesMarkdown(diagnoses: readonly Diagnosis[], language: Language = 'en', options: MarkdownOptions = {}): string {
  return diagnoses.map((d) => renderDiagnosisMarkdown(d, language, options)).join('\n---\n\n');
}
