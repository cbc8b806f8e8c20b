// The status bar count of port-forwards ("$(plug) 2 forwards"), shown while there is at least one;
// a click reveals the Port Forwards view.
import * as vscode from 'vscode';
import type { PortForwardManager } from '../../models/portForward/manager';

export class PortForwardsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('podwright.portForwards', vscode.StatusBarAlignment.Left, 40);

  constructor(private readonly manager: PortForwardManager) {
    this.item.name = vscode.l10n.t('Podwright Port Forwards');
    this.item.command = 'podwright.portForwards.focus';
    manager.on('changed', this.update);
    this.update();
  }

  private readonly update = (): void => {
    const forwards = this.manager.list();
    if (forwards.length === 0) {
      this.item.hide();
      return;
    }
    const waiting = forwards.filter((f) => f.state !== 'active').length;
    this.item.text = forwards.length === 1 ? vscode.l10n.t('$(plug) 1 forward') : vscode.l10n.t('$(plug) {0} forwards', forwards.length);
    this.item.tooltip =
      waiting > 0
        ? vscode.l10n.t('{0} port-forwards, {1} not active. Click to show them.', forwards.length, waiting)
        : vscode.l10n.t('{0} port-forwards active. Click to show them.', forwards.length);
    this.item.backgroundColor = forwards.some((f) => f.state === 'error')
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.show();
  };

  /** The text shown, for tests. */
  get text(): string | undefined {
    return this.manager.list().length > 0 ? this.item.text : undefined;
  }

  dispose(): void {
    this.manager.off('changed', this.update);
    this.item.dispose();
  }
}
