// The test API server's SPDY/3.1 pieces, against zlib itself: header blocks compressed by zlib
// with the SPDY dictionary decode, ours inflate with zlib, and a session answers a peer's streams,
// pings and data in any chunking.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { constants, createDeflate, inflateSync } from 'node:zlib';
import { SPDY3_DICTIONARY } from '../../../packages/kube-test-apiserver/src/streams/spdy/dictionary';
import {
  controlFrame,
  dataFrame,
  decodeHeaders,
  encodeHeaders,
  FLAG_FIN,
  PING,
  readFrames,
  SYN_REPLY,
  SYN_STREAM,
  uint32s,
} from '../../../packages/kube-test-apiserver/src/streams/spdy/frames';
import { HeaderDeflater, HeaderInflater } from '../../../packages/kube-test-apiserver/src/streams/spdy/headerCompression';
import { SpdySession, type SpdyStream } from '../../../packages/kube-test-apiserver/src/streams/spdy/session';

/** A peer's compressor: one zlib stream, flushed (Z_SYNC_FLUSH) after each header block. */
function peerCompressor(): (block: Buffer) => Promise<Buffer> {
  const deflate = createDeflate({ dictionary: SPDY3_DICTIONARY });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  return (block) =>
    new Promise((resolve) => {
      deflate.write(block);
      deflate.flush(constants.Z_SYNC_FLUSH, () => setImmediate(() => resolve(Buffer.concat(chunks.splice(0)))));
    });
}

describe('SPDY/3 header compression', () => {
  it('has the dictionary zlib streams of SPDY/3 name (Adler-32 e3c6a7c2)', async () => {
    const first = await peerCompressor()(encodeHeaders({ streamtype: 'data' }));
    assert.equal(first.subarray(2, 6).toString('hex'), 'e3c6a7c2');
    assert.equal(SPDY3_DICTIONARY.length, 1423);
  });

  it('decodes successive header blocks of one peer zlib stream', async () => {
    const compress = peerCompressor();
    const inflater = new HeaderInflater();
    const blocks = [
      { streamtype: 'error', port: '8080', requestid: '0' },
      { streamtype: 'data', port: '8080', requestid: '0' },
      { streamtype: 'error', port: '80', requestid: '1' },
    ];
    for (const headers of blocks) assert.deepEqual(decodeHeaders(inflater.inflate(await compress(encodeHeaders(headers)))), headers);
  });

  it('writes header blocks that zlib inflates with the dictionary, each ending at a flush point', () => {
    const deflater = new HeaderDeflater();
    const first = deflater.deflate(encodeHeaders({}));
    const second = deflater.deflate(encodeHeaders({ status: '200' }));
    const all = inflateSync(Buffer.concat([first, second]), { dictionary: SPDY3_DICTIONARY, finishFlush: constants.Z_SYNC_FLUSH });
    assert.deepEqual(decodeHeaders(all.subarray(0, 4)), {});
    assert.deepEqual(decodeHeaders(all.subarray(4)), { status: '200' });
    // Each block ends with the empty stored block of a sync flush.
    assert.equal(second.subarray(-5).toString('hex'), '000000ffff');
  });
});

describe('SPDY/3.1 session', () => {
  it('answers a stream opened byte by byte, echoes pings, and passes data and FIN both ways', async () => {
    const sent: Buffer[] = [];
    const session = new SpdySession({ write: (b) => sent.push(b) > 0, end: () => undefined, onDrain: () => undefined });
    const opened: SpdyStream[] = [];
    const received: string[] = [];
    let ended = false;
    session.on('stream', (stream) => {
      opened.push(stream);
      stream.reply();
      stream.on('data', (d) => received.push(d.toString()));
      stream.on('end', () => (ended = true));
    });
    const headers = await peerCompressor()(encodeHeaders({ streamtype: 'data', port: '80', requestid: '7' }));
    const syn = controlFrame(SYN_STREAM, 0, Buffer.concat([uint32s(1, 0), Buffer.from([0, 0]), headers]));
    const bytes = Buffer.concat([
      syn,
      controlFrame(PING, 0, uint32s(5)),
      dataFrame(1, 0, Buffer.from('GET /')),
      dataFrame(1, FLAG_FIN, Buffer.alloc(0)),
    ]);
    for (const byte of bytes) session.receive(Buffer.from([byte]));
    assert.equal(opened.length, 1);
    assert.deepEqual(opened[0]?.headers, { streamtype: 'data', port: '80', requestid: '7' });
    assert.deepEqual(received, ['GET /']);
    assert.ok(ended);
    opened[0]?.write('HTTP/1.1 200 OK');
    opened[0]?.end();
    const { frames, rest } = readFrames(Buffer.concat(sent));
    assert.equal(rest.length, 0);
    const [reply, pong, data, fin] = frames;
    assert.ok(reply?.control && reply.type === SYN_REPLY && reply.body.readUInt32BE(0) === 1);
    assert.ok(pong?.control && pong.type === PING && pong.body.readUInt32BE(0) === 5);
    assert.ok(data && !data.control && data.streamId === 1 && data.data.toString() === 'HTTP/1.1 200 OK');
    assert.ok(fin && !fin.control && fin.streamId === 1 && fin.flags === FLAG_FIN && fin.data.length === 0);
    assert.ok(opened[0]?.finished);
  });
});
