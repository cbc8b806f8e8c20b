// The "Port Forwards" view: one row per forward (local → pod:port, state, bytes, open
// connections), coloured by state. Rows are the PortForward objects themselves, so the inline and
// context actions receive the forward they were invoked on.
import * as vscode from 'vscode';
import type { PortForward } from '../../models/portForward/forward';
import type { PortForwardManager } from '../../models/portForward/manager';
import { forwardDescription, forwardLabel, forwardTooltip } from './forwardText';

const ICONS: Record<PortForward['state'], vscode.ThemeIcon> = {
  starting: new vscode.ThemeIcon('loading~spin'),
  active: new vscode.ThemeIcon('plug', new vscode.ThemeColor('testing.iconPassed')),
  reconnecting: new vscode.ThemeIcon('sync~spin', new vscode.ThemeColor('list.warningForeground')),
  stopped: new vscode.ThemeIcon('debug-stop'),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
};

/** Repaint at most this often: connections opening and closing would otherwise repaint per event. */
const REPAINT_MS = 150;
/** Bytes move without events; repaint this often while connections are open. */
const TRAFFIC_MS = 1000;

export class PortForwardsTree implements vscode.TreeDataProvider<PortForward>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private repaint: NodeJS.Timeout | undefined;
  private readonly traffic: NodeJS.Timeout;

  constructor(private readonly manager: PortForwardManager) {
    manager.on('changed', this.schedule);
    this.traffic = setInterval(() => {
      if (manager.list().some((f) => f.stats.open > 0)) this.schedule();
    }, TRAFFIC_MS);
  }

  private readonly schedule = (): void => {
    this.repaint ??= setTimeout(() => {
      this.repaint = undefined;
      this.changed.fire(undefined);
    }, REPAINT_MS);
  };

  getChildren(element?: PortForward): PortForward[] {
    return element ? [] : [...this.manager.list()];
  }

  getTreeItem(forward: PortForward): vscode.TreeItem {
    const item = new vscode.TreeItem(forwardLabel(forward), vscode.TreeItemCollapsibleState.None);
    item.id = `forward:${forward.spec.localPort}`;
    item.description = forwardDescription(forward);
    item.tooltip = forwardTooltip(forward);
    item.iconPath = ICONS[forward.state];
    item.contextValue = `podwright.portForward.${forward.state}`;
    return item;
  }

  dispose(): void {
    this.manager.off('changed', this.schedule);
    clearInterval(this.traffic);
    if (this.repaint) clearTimeout(this.repaint);
    this.changed.dispose();
  }
}
