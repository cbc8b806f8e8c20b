// Messages between `podwright check` and its worker threads. Everything here is plain data (it is
// copied between threads by structured clone).
//
//   main → worker   workerData: the settings and the worker's share of the files
//   worker → main   'indexed': per file, its index entries (objects, CRD documents) or why it is unreadable
//   main → worker   'check': every readable file of the run in order, with the entries of the files
//                   other workers read (so each worker's index and custom kinds are the whole run's)
//   worker → main   'checked': per file, its problems
//   worker → main   'failed': anything unexpected, as one message
import type { IndexEntries } from '../service/index';
import type { Problem } from './check';
import type { CheckSettings } from './session';

export interface WorkerFile {
  /** Position of the file in the run (its output order). */
  readonly index: number;
  readonly path: string;
}

export interface WorkerStart {
  readonly settings: CheckSettings;
  readonly files: readonly WorkerFile[];
}

export type IndexedFile =
  | { readonly index: number; readonly ok: true; readonly uri: string; readonly entries: IndexEntries }
  | { readonly index: number; readonly ok: false; readonly message: string };

/** A file of the run for the check phase; `entries` is absent for the worker's own files. */
export interface RunFile {
  readonly index: number;
  readonly uri: string;
  readonly entries?: IndexEntries;
}

export type WorkerReply =
  | { readonly type: 'indexed'; readonly files: readonly IndexedFile[] }
  | { readonly type: 'checked'; readonly files: readonly { readonly index: number; readonly problems: readonly Problem[] }[] }
  | { readonly type: 'failed'; readonly message: string };

export interface CheckRequest {
  readonly type: 'check';
  readonly files: readonly RunFile[];
}
