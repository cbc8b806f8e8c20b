// Read-only documents that show one cluster object (describe, live YAML): the content is read when
// a command opens the document, kept for VS Code, and read again on refresh. The address in the
// URI names the context, so a view never silently shows another cluster's object.
import * as vscode from 'vscode';
import type { ClusterAccess } from '../cluster/clusterAccess';
import type { ClusterApi } from '../../cluster/index';
import { explainClusterError } from '../shared/explainError';
import { addressOf, objectUri, type ObjectAddress } from './objectUri';
import { localize } from '../shared/localize';

/** The view belongs to a context Podwright no longer uses. */
export class OtherContextError extends Error {
  constructor(
    readonly viewContext: string,
    readonly currentContext: string | undefined,
  ) {
    super(
      localize(
        'This view shows an object of context "{0}", but Podwright now uses context "{1}". Switch back to "{0}" to refresh it.',
        viewContext,
        currentContext ?? '',
      ),
    );
    this.name = 'OtherContextError';
  }
}

export abstract class ObjectDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration: vscode.Disposable;

  constructor(
    readonly scheme: string,
    private readonly suffix: string,
    private readonly cluster: ClusterAccess,
  ) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(scheme, this);
  }

  /** The document text for one object. */
  protected abstract render(api: ClusterApi, address: ObjectAddress): Promise<string>;

  uriFor(address: ObjectAddress): vscode.Uri {
    return objectUri(this.scheme, address, this.suffix);
  }

  addressOf(uri: vscode.Uri): ObjectAddress | undefined {
    return uri.scheme === this.scheme ? addressOf(uri, this.suffix) : undefined;
  }

  /** Reads the object now; cluster errors are thrown for the command to explain. */
  async load(uri: vscode.Uri): Promise<void> {
    this.texts.set(uri.toString(), await this.read(uri));
  }

  /** Reads the object again and tells VS Code the document changed. */
  async refresh(uri: vscode.Uri): Promise<void> {
    await this.load(uri);
    this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const cached = this.texts.get(uri.toString());
    if (cached !== undefined) return cached;
    try {
      await this.load(uri);
      return this.texts.get(uri.toString()) ?? '';
    } catch (error) {
      // A restored editor whose cluster is gone: say why instead of an empty page.
      return `${error instanceof OtherContextError ? error.message : explainClusterError(error)}\n`;
    }
  }

  private async read(uri: vscode.Uri): Promise<string> {
    const address = this.addressOf(uri);
    if (!address) throw new Error(`not a ${this.scheme} document: ${uri.toString()}`);
    const session = await this.cluster.session();
    if (session.contextName !== address.context) throw new OtherContextError(address.context, session.contextName);
    return this.render(await session.api(), address);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
    this.texts.clear();
  }
}
