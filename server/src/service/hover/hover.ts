import type { Hover, Position } from 'vscode-languageserver-types';
import type { Manifest } from '../document/manifest';
import type { TypeModel } from '../schema/model';
import type { ServiceSettings } from '../settings';

export function doHover(_model: TypeModel, _settings: ServiceSettings, _manifest: Manifest, _position: Position): Hover | null {
  return null;
}
