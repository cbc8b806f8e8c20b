// `podwright-live:` documents: an object as the cluster stores it, as YAML, without the server's
// bookkeeping (managedFields, resourceVersion, uid, ...); its status stays, since that is often
// why one looks.
import { stringify } from 'yaml';
import * as vscode from 'vscode';
import type { ClusterAccess } from '../cluster/clusterAccess';
import { cleanLiveObject, type ClusterApi } from '../../cluster/index';
import { ObjectDocuments } from './objectDocuments';
import type { ObjectAddress } from './objectUri';

export const LIVE_SCHEME = 'podwright-live';

export class LiveYamlDocuments extends ObjectDocuments {
  constructor(cluster: ClusterAccess) {
    super(LIVE_SCHEME, '.yaml', cluster);
  }

  protected async render(api: ClusterApi, address: ObjectAddress): Promise<string> {
    return stringify(cleanLiveObject(await api.get(address), { keepStatus: true }), { lineWidth: 0 });
  }

  async open(address: ObjectAddress): Promise<vscode.TextEditor> {
    const uri = this.uriFor(address);
    await this.refresh(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const typed = document.languageId === 'yaml' ? document : await vscode.languages.setTextDocumentLanguage(document, 'yaml');
    return vscode.window.showTextDocument(typed, { preview: false });
  }
}
