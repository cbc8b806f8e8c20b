// Language client middleware that drops Podwright's completion and hover for documents where
// Red Hat YAML already answers with a Kubernetes schema (setting `podwright.yamlExtensionInterop`).
// Diagnostics and quick fixes are never dropped: they carry their own codes and source.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { documentFacts, redHatYamlState } from './redHatYaml';
import { podwrightStepsBack, type Feature, type InteropMode } from './redHatYamlPolicy';

const MODES: readonly InteropMode[] = ['auto', 'showBoth', 'preferRedHat'];

function interopMode(document: vscode.TextDocument): InteropMode {
  const value = vscode.workspace.getConfiguration('podwright', document).get<string>('yamlExtensionInterop');
  return MODES.find((mode) => mode === value) ?? 'auto';
}

function stepsBack(feature: Feature, document: vscode.TextDocument): boolean {
  const state = redHatYamlState();
  if (!state.installed) return false;
  return podwrightStepsBack(interopMode(document), feature, state, documentFacts(document));
}

export function interopMiddleware(): Middleware {
  return {
    provideCompletionItem: (document, position, context, token, next) =>
      stepsBack('completion', document) ? undefined : next(document, position, context, token),
    provideHover: (document, position, token, next) => (stepsBack('hover', document) ? undefined : next(document, position, token)),
  };
}
