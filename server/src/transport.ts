// Opens the server's connection on the transport of the command line (serverArgs.ts) and puts two
// things between the wire and the handlers: position encoding conversion (positionEncoding.ts) in
// both directions, and counts of messages received and dispatched, which tell the diagnostic
// scheduler when the incoming queue has drained. With `--stdio`, console output goes to the client's log (stdout
// carries the protocol) and the process ends when stdin does.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import {
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ConnectionOptions,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { linesOf, PositionConverter, type PositionEncoding, type TextLines } from './positionEncoding';
import { parseServerArgs, type Transport } from './serverArgs';
import type { IncomingQueue } from './diagnosticScheduler';

export interface ServerConnection {
  readonly connection: Connection;
  /**
   * Messages received but not yet handed to a handler. `$/cancelRequest` is left out of both
   * counts: the connection handles a cancel of a running request on arrival, without queueing it.
   */
  readonly incoming: IncomingQueue;
  /** Sets the encoding agreed in `initialize`; `documentOf` gives the open documents. */
  readonly usePositionEncoding: (encoding: PositionEncoding, documentOf: (uri: string) => TextDocument | undefined) => void;
}

/** Lines of an open document, read through its own line index (no split of the whole text). */
function documentLines(document: TextDocument): TextLines {
  return {
    get text() {
      return document.getText();
    },
    lineAt(n) {
      if (n < 0 || n >= document.lineCount) return undefined;
      return document.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/\r?\n$/, '');
    },
  };
}

/** A file's text read from disk, for positions in files that are not open. */
function diskText(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = fileURLToPath(uri);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function uriOf(params: unknown): string | undefined {
  const document = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument;
  if (typeof document?.uri === 'string') return document.uri;
  const uri = (params as { uri?: unknown } | undefined)?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

const isCancel = (message: Message): boolean => Message.isNotification(message) && message.method === '$/cancelRequest';

class Bridge {
  converter = new PositionConverter('utf-16', () => undefined);
  received = 0;
  dispatched = 0;
  shutdownReceived = false;
  /** The document each pending request is about, for converting its result. */
  private readonly requestUris = new Map<number | string, string | undefined>();

  incoming(message: Message): Message {
    if (!isCancel(message)) this.dispatched++;
    if (Message.isRequest(message)) {
      if (message.method === 'shutdown') this.shutdownReceived = true;
      if (this.converter.identity) return message;
      const uri = uriOf(message.params);
      this.requestUris.set(message.id ?? '', uri);
      return { ...message, params: this.converter.fromClient(message.params, uri) } as Message;
    }
    if (Message.isNotification(message) && !this.converter.identity) {
      const params = message.params as { textDocument?: { uri: string }; contentChanges?: { range?: never; text: string }[] } | undefined;
      if (message.method === 'textDocument/didChange' && params?.textDocument && params.contentChanges) {
        return {
          ...message,
          params: { ...params, contentChanges: this.converter.contentChanges(params.textDocument.uri, params.contentChanges) },
        } as Message;
      }
      if (message.method === 'textDocument/didOpen' || message.method === '$/cancelRequest') return message;
      return { ...message, params: this.converter.fromClient(message.params, uriOf(message.params)) } as Message;
    }
    return message;
  }

  outgoing(message: Message): Message {
    if (Message.isResponse(message)) {
      const id = message.id ?? '';
      const uri = this.requestUris.get(id);
      this.requestUris.delete(id);
      if (this.converter.identity || message.result === undefined || message.result === null) return message;
      return { ...message, result: this.converter.toClient(message.result, uri) } as Message;
    }
    if ((Message.isNotification(message) || Message.isRequest(message)) && !this.converter.identity) {
      return { ...message, params: this.converter.toClient(message.params, uriOf(message.params)) } as Message;
    }
    return message;
  }
}

/** Counts what arrives, before the connection queues it. */
class CountingReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly arrived: (message: Message) => void,
  ) {}
  get onError(): MessageReader['onError'] {
    return this.inner.onError;
  }
  get onClose(): MessageReader['onClose'] {
    return this.inner.onClose;
  }
  get onPartialMessage(): MessageReader['onPartialMessage'] {
    return this.inner.onPartialMessage;
  }
  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      this.arrived(message);
      callback(message);
    });
  }
  dispose(): void {
    this.inner.dispose();
  }
}

class ConvertingWriter implements MessageWriter {
  constructor(
    private readonly inner: MessageWriter,
    private readonly convert: (message: Message) => Message,
  ) {}
  get onError(): MessageWriter['onError'] {
    return this.inner.onError;
  }
  get onClose(): MessageWriter['onClose'] {
    return this.inner.onClose;
  }
  write(message: Message): Promise<void> {
    return this.inner.write(this.convert(message));
  }
  end(): void {
    this.inner.end();
  }
  dispose(): void {
    this.inner.dispose();
  }
}

function endpoints(transport: Transport): [MessageReader, MessageWriter] {
  switch (transport.kind) {
    case 'stdio':
      return [new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)];
    case 'node-ipc':
      return [new IPCMessageReader(process), new IPCMessageWriter(process)];
    case 'socket':
      return createServerSocketTransport(transport.port);
    case 'pipe':
      return createServerPipeTransport(transport.name);
  }
}

/** Console output of a stdio server goes to the client's log: stdout is the protocol. */
function consoleToClient(connection: Connection): void {
  const say =
    (write: (message: string) => void) =>
    (...args: unknown[]) =>
      write(format(...args));
  console.log = say((m) => connection.console.log(m));
  console.info = say((m) => connection.console.info(m));
  console.debug = say((m) => connection.console.log(m));
  console.warn = say((m) => connection.console.warn(m));
  console.error = say((m) => connection.console.error(m));
}

/** The connection for this process's command line (validated by main.ts before the server loads). */
export function openServerConnection(argv: readonly string[] = process.argv.slice(2)): ServerConnection {
  const args = parseServerArgs(argv);
  if (args.kind !== 'run') throw new Error(`podwright-language-server: no transport on the command line (${argv.join(' ')})`);
  const bridge = new Bridge();
  const [reader, writer] = endpoints(args.transport);
  const options: ConnectionOptions = { messageStrategy: { handleMessage: (message, next) => next(bridge.incoming(message)) } };
  const counted = new CountingReader(reader, (message) => {
    if (!isCancel(message)) bridge.received++;
  });
  const connection = createConnection(
    ProposedFeatures.all,
    counted,
    new ConvertingWriter(writer, (message) => bridge.outgoing(message)),
    options,
  );
  if (args.transport.kind === 'stdio') {
    consoleToClient(connection);
    // The client closed our stdin: it is gone, with or without the shutdown handshake.
    const ended = (): void => process.exit(bridge.shutdownReceived ? 0 : 1);
    process.stdin.on('end', ended);
    process.stdin.on('close', ended);
  }
  return {
    connection,
    incoming: {
      get waiting() {
        return Math.max(0, bridge.received - bridge.dispatched);
      },
    },
    usePositionEncoding: (encoding, documentOf) => {
      const texts = (uri: string): TextLines | undefined => {
        const document = documentOf(uri);
        if (document) return documentLines(document);
        const text = diskText(uri);
        return text === undefined ? undefined : linesOf(text);
      };
      bridge.converter = new PositionConverter(encoding, texts);
    },
  };
}
