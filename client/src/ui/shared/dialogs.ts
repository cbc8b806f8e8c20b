// Every question and notice of the cluster commands goes through one small interface, so the
// integration tests can answer the modal confirmations that a person answers in the editor, and
// read what the person would have read. The real implementation uses VS Code's message APIs.
import * as vscode from 'vscode';

export interface Choice {
  /** Stable id the caller switches on (titles are localized). */
  readonly id: string;
  readonly title: string;
}

export interface Question {
  /** What is being asked, for tests and logs: `apply`, `force-apply`, `delete`, ... */
  readonly id: string;
  readonly message: string;
  readonly detail?: string;
  readonly choices: readonly Choice[];
}

export interface InputRequest {
  readonly id: string;
  readonly prompt: string;
  readonly value?: string;
  /** An error message for a bad value, undefined when it is fine. */
  readonly validate?: (value: string) => string | undefined;
}

export type NoticeSeverity = 'info' | 'warning' | 'error';

export interface Notice {
  /** What the notice is about: `apply-result`, `cluster-error`, ... */
  readonly id: string;
  readonly severity: NoticeSeverity;
  readonly message: string;
  readonly choices?: readonly Choice[];
}

export interface Dialogs {
  /** A modal question; the chosen choice's id, or undefined when cancelled. */
  ask(question: Question): Promise<string | undefined>;
  /**
   * A question that must not hide the editor (the diff of an apply): a non-modal notification.
   * Resolves with the chosen id, or undefined for its Cancel; a notification closed without a
   * choice leaves the decision to the caller's other ways (it never resolves then).
   */
  decide(question: Question): Promise<string | undefined>;
  /** A one-line input; undefined when cancelled. */
  input(request: InputRequest): Promise<string | undefined>;
  /** A notification; the chosen choice's id, or undefined when it was dismissed. Callers that do
   * not offer choices should not wait for it. */
  notify(notice: Notice): Promise<string | undefined>;
}

function idOf(choices: readonly Choice[] | undefined, title: string | undefined): string | undefined {
  return title === undefined ? undefined : choices?.find((choice) => choice.title === title)?.id;
}

const SHOW: Record<NoticeSeverity, (message: string, ...items: string[]) => Thenable<string | undefined>> = {
  info: (message, ...items) => vscode.window.showInformationMessage(message, ...items),
  warning: (message, ...items) => vscode.window.showWarningMessage(message, ...items),
  error: (message, ...items) => vscode.window.showErrorMessage(message, ...items),
};

export const vscodeDialogs: Dialogs = {
  async ask(question) {
    const options: vscode.MessageOptions = question.detail === undefined ? { modal: true } : { modal: true, detail: question.detail };
    const title = await vscode.window.showWarningMessage(question.message, options, ...question.choices.map((c) => c.title));
    return idOf(question.choices, title);
  },
  async decide(question) {
    const cancel = vscode.l10n.t('Cancel');
    const title = await SHOW.warning(
      question.detail === undefined ? question.message : `${question.message} ${question.detail.split('\n').join('; ')}`,
      ...question.choices.map((c) => c.title),
      cancel,
    );
    if (title === undefined) return new Promise<string | undefined>(() => undefined);
    return idOf(question.choices, title);
  },
  async input(request) {
    return vscode.window.showInputBox({
      prompt: request.prompt,
      ...(request.value !== undefined ? { value: request.value } : {}),
      ...(request.validate ? { validateInput: (value: string) => request.validate?.(value) } : {}),
    });
  },
  async notify(notice) {
    const title = await SHOW[notice.severity](notice.message, ...(notice.choices ?? []).map((c) => c.title));
    return idOf(notice.choices, title);
  },
};

/** The dialogs the context carries: VS Code's, unless a test put others in their place. */
export class ReplaceableDialogs implements Dialogs {
  private replacement: Dialogs | undefined;

  /** Replaces the dialogs (tests); undefined restores VS Code's. */
  use(replacement: Dialogs | undefined): void {
    this.replacement = replacement;
  }

  ask(question: Question): Promise<string | undefined> {
    return (this.replacement ?? vscodeDialogs).ask(question);
  }

  decide(question: Question): Promise<string | undefined> {
    return (this.replacement ?? vscodeDialogs).decide(question);
  }

  input(request: InputRequest): Promise<string | undefined> {
    return (this.replacement ?? vscodeDialogs).input(request);
  }

  notify(notice: Notice): Promise<string | undefined> {
    return (this.replacement ?? vscodeDialogs).notify(notice);
  }
}
