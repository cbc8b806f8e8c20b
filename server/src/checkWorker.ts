// A worker thread of `podwright check` (bundled as dist/checkWorker.js; see cli/parallel.ts). It reads
// and parses its share of the files and sends their index entries; once the main thread has sent the
// whole run's entries, it indexes them in the run's order, checks its own files with the parses it
// kept and sends their problems.
import { parentPort, workerData } from 'node:worker_threads';
import type { Manifest } from './service/index';
import { checkText, fileUri } from './cli/check';
import { readManifest } from './cli/files';
import { createCheckService, prepareCheckService } from './cli/session';
import type { CheckRequest, IndexedFile, WorkerReply, WorkerStart } from './cli/workerProtocol';

const port = parentPort;
if (!port) throw new Error('checkWorker.js runs as a worker thread of podwright check');
const start = workerData as WorkerStart;
const send = (reply: WorkerReply): void => port.postMessage(reply);
const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

try {
  const service = createCheckService(__dirname);
  prepareCheckService(service, start.settings);
  const own = new Map<number, { file: string; uri: string; text: string; manifest: Manifest }>();
  const indexed: IndexedFile[] = [];
  for (const { index, path } of start.files) {
    const read = readManifest(path);
    if (!read.ok) {
      indexed.push({ index, ok: false, message: read.message });
      continue;
    }
    const uri = fileUri(path);
    const manifest = service.parse(uri, read.text);
    own.set(index, { file: path, uri, text: read.text, manifest });
    indexed.push({ index, ok: true, uri, entries: service.indexEntries(uri, manifest) });
  }
  send({ type: 'indexed', files: indexed });

  port.once('message', (request: CheckRequest) => {
    try {
      // In the run's order, as the single-threaded run indexes them: the same custom kinds, in the same order.
      for (const file of request.files) {
        const mine = own.get(file.index);
        if (mine) service.index(mine.uri, mine.manifest);
        else if (file.entries) service.load(file.uri, file.entries);
      }
      const checked = [...own.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, { file, text, manifest }]) => ({ index, problems: checkText(service, file, text, manifest) }));
      send({ type: 'checked', files: checked });
    } catch (error) {
      send({ type: 'failed', message: describe(error) });
    }
  });
} catch (error) {
  send({ type: 'failed', message: describe(error) });
}
