// Inlay hints and the selector code lens over LSP. The words and the workloads come from the
// language service; this file decides what the client is sent:
// - VS Code: the lens runs `podwright.showLocations` (the Podwright extension turns it into
//   `editor.action.showReferences`, the peek view); a lens with nothing to show has no command.
// - Other clients: the lens runs `podwright.selectedWorkloads`, a command the server executes
//   (`workspace/executeCommand`): it opens the one workload with `window/showDocument`, asks which
//   to open when there are several (`window/showMessageRequest`), and where the client cannot
//   show documents it lists them in a message. It answers with their locations either way.
import { CodeLensRefreshRequest, type CodeLens, type Command, type Connection, type Location } from 'vscode-languageserver/node';
import { selectorLensWords, type Manifest, type PodLanguageService, type SelectedWorkload, type SelectorLens } from './service/index';
import { SELECTED_WORKLOADS_COMMAND, SHOW_LOCATIONS_COMMAND } from '../../protocol/index';
import type { ClientFeatures } from './clientFeatures';

export interface HintsAndLensesHost {
  readonly connection: Connection;
  readonly service: PodLanguageService;
  manifestOf(uri: string): Manifest | undefined;
  features(): ClientFeatures;
  inlayHintsEnabled(): boolean;
}

interface WorkloadsArgument {
  readonly service?: string;
  readonly title: string;
  readonly workloads: readonly SelectedWorkload[];
}

export function lensCommand(lens: SelectorLens, uri: string, features: ClientFeatures): Command {
  if (features.editor.vscodeCommands) {
    if (lens.workloads.length === 0) return { title: lens.title, command: '' };
    return {
      title: lens.title,
      command: SHOW_LOCATIONS_COMMAND,
      arguments: [uri, lens.range.start, lens.workloads.map((w) => w.location)],
    };
  }
  const argument: WorkloadsArgument = {
    ...(lens.service !== undefined ? { service: lens.service } : {}),
    title: lens.title,
    workloads: lens.workloads,
  };
  return { title: lens.title, command: SELECTED_WORKLOADS_COMMAND, arguments: [argument] };
}

/** The argument as the client sent it back, checked: clients may send anything. */
function workloadsArgument(value: unknown): WorkloadsArgument | undefined {
  const candidate = value as Partial<WorkloadsArgument> | undefined;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.title !== 'string' || !Array.isArray(candidate.workloads))
    return undefined;
  const workloads = (candidate.workloads as unknown[]).filter((w): w is SelectedWorkload => {
    const entry = w as Partial<SelectedWorkload> | null;
    return (
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.label === 'string' &&
      typeof entry.location?.uri === 'string' &&
      typeof entry.location.range === 'object'
    );
  });
  return { ...(typeof candidate.service === 'string' ? { service: candidate.service } : {}), title: candidate.title, workloads };
}

export class HintsAndLenses {
  constructor(private readonly host: HintsAndLensesHost) {}

  /** Registers the handlers; call once, before `listen`. */
  register(): void {
    const { connection, service } = this.host;
    connection.languages.inlayHint.on((params) => {
      if (!this.host.inlayHintsEnabled()) return [];
      const manifest = this.host.manifestOf(params.textDocument.uri);
      return manifest ? service.getInlayHints(manifest, params.range) : [];
    });
    connection.onCodeLens((params): CodeLens[] => {
      const uri = params.textDocument.uri;
      const manifest = this.host.manifestOf(uri);
      if (!manifest) return [];
      const features = this.host.features();
      return service.getSelectorLenses(uri, manifest).map((lens) => ({ range: lens.range, command: lensCommand(lens, uri, features) }));
    });
    connection.onExecuteCommand(async (params) => {
      if (params.command !== SELECTED_WORKLOADS_COMMAND) return null;
      const argument = workloadsArgument(params.arguments?.[0]);
      return argument ? this.openWorkloads(argument) : null;
    });
  }

  /** Asks the client to fetch code lenses again (other files changed what selectors select). */
  refreshLenses(): void {
    if (!this.host.features().codeLensRefresh) return;
    this.host.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  /** Asks the client to fetch inlay hints again (the setting or the language changed). */
  refreshHints(): void {
    if (!this.host.features().inlayHintRefresh) return;
    this.host.connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  private async openWorkloads(argument: WorkloadsArgument): Promise<Location[]> {
    const { connection, service } = this.host;
    const words = selectorLensWords(service.settings.language);
    const locations = argument.workloads.map((w) => w.location);
    const labels = argument.workloads.map((w) => w.label);
    const canShow = this.host.features().showDocument;
    const first = argument.workloads[0];
    if (!canShow || !first) {
      void connection.window.showInformationMessage(words.listed(argument.service, argument.title, labels));
      return locations;
    }
    let chosen: SelectedWorkload | undefined = first;
    if (argument.workloads.length > 1) {
      const picked = await connection.window.showInformationMessage(
        words.pick(argument.service, argument.title),
        ...labels.map((title) => ({ title })),
      );
      chosen = argument.workloads.find((w) => w.label === picked?.title);
    }
    if (chosen) await connection.window.showDocument({ uri: chosen.location.uri, selection: chosen.location.range, takeFocus: true });
    return locations;
  }
}
