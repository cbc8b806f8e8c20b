// vscode.l10n.t substitutes names into a translated sentence, but a Korean particle after a name
// depends on the name (`파드를`, `포트를`), so the bundle marks it (`을(를)`) and this picks the form.
import * as vscode from 'vscode';
import { resolveParticles } from '../../../../protocol/koreanParticles';

export function localize(message: string, ...args: (string | number | boolean)[]): string {
  return resolveParticles(vscode.l10n.t(message, ...args));
}
