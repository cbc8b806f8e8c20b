import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { Manifest } from '../document/manifest';
import type { TypeModel } from '../schema/model';
import type { ServiceSettings } from '../settings';

export function doComplete(_model: TypeModel, _settings: ServiceSettings, _manifest: Manifest, _position: Position): CompletionList {
  return { isIncomplete: false, items: [] };
}
