// A stand-in for the person in front of the editor: Podwright's cluster commands ask their modal
// questions and show their notices through the Dialogs interface (client/src/ui/shared/dialogs.ts), which
// the extension lets tests replace. This one records everything and answers by script.
import * as vscode from 'vscode';
import { activatePodwright, EXTENSION_ID, waitUntil } from './helpers';

export interface Choice {
  readonly id: string;
  readonly title: string;
}

export interface Question {
  readonly id: string;
  readonly message: string;
  readonly detail?: string;
  readonly choices: readonly Choice[];
}

export interface InputRequest {
  readonly id: string;
  readonly prompt: string;
  readonly value?: string;
  readonly validate?: (value: string) => string | undefined;
}

export interface Notice {
  readonly id: string;
  readonly severity: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly choices?: readonly Choice[];
}

interface DialogsApi {
  useDialogs(dialogs: ScriptedDialogs | undefined): void;
}

export class ScriptedDialogs {
  readonly questions: Question[] = [];
  readonly inputs: InputRequest[] = [];
  readonly notices: Notice[] = [];
  /** Answers each question (a choice id, or undefined to cancel). Cancels unless set. */
  answer: (question: Question) => string | undefined | Promise<string | undefined> = () => undefined;
  answerInput: (request: InputRequest) => string | undefined = () => undefined;
  private readonly noticed = new vscode.EventEmitter<Notice>();

  ask(question: Question): Promise<string | undefined> {
    this.questions.push(question);
    return Promise.resolve(this.answer(question));
  }

  /** The non-modal decision (an apply over its diff): recorded with the questions, answered the same way. */
  decide(question: Question): Promise<string | undefined> {
    return this.ask(question);
  }

  input(request: InputRequest): Promise<string | undefined> {
    this.inputs.push(request);
    return Promise.resolve(this.answerInput(request));
  }

  notify(notice: Notice): Promise<string | undefined> {
    this.notices.push(notice);
    this.noticed.fire(notice);
    return Promise.resolve(undefined);
  }

  /** Forgets what was asked and shown so far, and cancels questions again. */
  reset(): void {
    this.questions.length = 0;
    this.inputs.length = 0;
    this.notices.length = 0;
    this.answer = () => undefined;
    this.answerInput = () => undefined;
  }

  /** The first notice (since the last reset) with this id. */
  waitForNotice(id: string): Promise<Notice> {
    return waitUntil(
      `a "${id}" notice (seen: ${this.notices.map((n) => n.id).join(', ') || 'none'})`,
      () => Promise.resolve(this.notices.find((n) => n.id === id)),
      this.noticed.event,
    );
  }

  /** Installs these dialogs in the running extension. */
  static async install(): Promise<ScriptedDialogs> {
    await activatePodwright();
    const api = vscode.extensions.getExtension<DialogsApi>(EXTENSION_ID)?.exports;
    if (!api) throw new Error('Podwright exports no API');
    const dialogs = new ScriptedDialogs();
    api.useDialogs(dialogs);
    return dialogs;
  }

  uninstall(): void {
    vscode.extensions.getExtension<DialogsApi>(EXTENSION_ID)?.exports.useDialogs(undefined);
    this.noticed.dispose();
  }
}
