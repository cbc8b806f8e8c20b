// Custom resource fixtures: the Widget CRD (two served versions, one retired) and a cluster-style
// OpenAPI v3 document for Gadgets, and a service that knows them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PodLanguageService } from '../../server/src/service/index';
import { fixturesDir, newService, parse } from './service';

export const WIDGET_CRD_FILE = join(fixturesDir, 'crds', 'widgets.shop.example.com.yaml');
export const GADGETS_OPENAPI_FILE = join(fixturesDir, 'crds', 'gadgets.openapi.json');

export function widgetCrdText(): string {
  return readFileSync(WIDGET_CRD_FILE, 'utf8');
}

/** Every document of a YAML text as a plain value, as an editor or the CLI would hand them over. */
export function yamlDocuments(text: string): unknown[] {
  return parseAllDocuments(text).map((document) => document.toJS() as unknown);
}

export function gadgetsOpenApi(): unknown {
  return JSON.parse(readFileSync(GADGETS_OPENAPI_FILE, 'utf8')) as unknown;
}

/** A service with the Widget CRD (source `widgets`) and the Gadget OpenAPI document (source `gadgets`). */
export function serviceWithCustomSchemas(language: 'en' | 'ko' = 'en'): PodLanguageService {
  const service = newService();
  service.configure({ language });
  service.customSchemas.set('widgets', yamlDocuments(widgetCrdText()));
  service.customSchemas.set('gadgets', [gadgetsOpenApi()]);
  return service;
}

export function check(service: PodLanguageService, text: string): Diagnostic[] {
  const { uri, manifest } = parse(service, text);
  return service.doValidation(uri, manifest);
}

/** `[code, startLine, startChar, endLine, endChar, message]`, sorted by place: compact exact expectations. */
export type Finding = [string, number, number, number, number, string];

export function findings(diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics
    .map((d): Finding => [String(d.code), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
}
