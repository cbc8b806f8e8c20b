// Reads what Red Hat's YAML extension will do with a document (installed? which schemas?) from
// VS Code, for the interop policy. Read at request time: settings and extensions change live.
import * as vscode from 'vscode';
import { looksLikeKubernetes } from '../kubernetesDocument';
import type { DocumentFacts, RedHatYamlState } from './redHatYamlPolicy';

export const RED_HAT_YAML_ID = 'redhat.vscode-yaml';
const KUBERNETES_TOOLS_ID = 'ms-kubernetes-tools.vscode-kubernetes-tools';
const HEAD_LINES = 20;

export function redHatYamlState(): RedHatYamlState {
  const yaml = vscode.workspace.getConfiguration('yaml');
  const schemas = yaml.get<unknown>('schemas');
  return {
    installed: vscode.extensions.getExtension(RED_HAT_YAML_ID) !== undefined,
    completion: yaml.get<unknown>('completion') !== false,
    hover: yaml.get<unknown>('hover') !== false,
    schemas: isSchemaMap(schemas) ? schemas : {},
    kubernetesSchemaProvider: vscode.extensions.getExtension(KUBERNETES_TOOLS_ID) !== undefined,
  };
}

function isSchemaMap(value: unknown): value is Record<string, string | string[]> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((v) => typeof v === 'string' || (Array.isArray(v) && v.every((p) => typeof p === 'string')));
}

export function documentFacts(document: vscode.TextDocument): DocumentFacts {
  const head = document.getText(new vscode.Range(0, 0, Math.min(HEAD_LINES, document.lineCount), 0));
  return {
    relativePath: vscode.workspace.asRelativePath(document.uri, false).replace(/\\/g, '/'),
    head,
    looksLikeKubernetes: looksLikeKubernetes(document.getText()),
  };
}
