// The pods the active YAML editor's manifest defines, kept current as the user switches editors
// or types (debounced), so the explorer can mark "their" pods.
import * as vscode from 'vscode';
import { manifestPodRules, type ManifestPodRule } from '../../models/explorer/manifestPods';

const DEBOUNCE_MS = 300;

export class ActiveManifest implements vscode.Disposable {
  private current: readonly ManifestPodRule[] = [];
  private key = '[]';
  private timer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule(DEBOUNCE_MS);
      }),
    ];
    this.update();
  }

  get rules(): readonly ManifestPodRule[] {
    return this.current;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delay);
  }

  private update(): void {
    this.timer = undefined;
    const document = vscode.window.activeTextEditor?.document;
    // A log or describe document keeps the last manifest's marks: the user is looking at its pods.
    if (document && document.languageId !== 'yaml') return;
    const rules = document ? manifestPodRules(document.getText()) : [];
    const key = JSON.stringify(rules);
    if (key === this.key) return;
    this.current = rules;
    this.key = key;
    this.changed.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
