// SPDY/3 header blocks are one zlib stream per direction, primed with the SPDY dictionary and
// flushed at the end of every block. Inbound: the compressed bytes so far are inflated again as a
// whole and the new output taken (blocks are small and few per session, and a fresh inflate needs
// no asynchronous stream). Outbound: zlib allows uncompressed "stored" deflate blocks, so each
// header block goes out as stored blocks, and an empty one as a flush marker, after the zlib header that names the dictionary.
import { constants, inflateSync } from 'node:zlib';
import { SPDY3_DICTIONARY } from './dictionary';

export class HeaderInflater {
  private compressed: Buffer = Buffer.alloc(0);
  private produced = 0;

  /** The uncompressed bytes of the next header block. */
  inflate(block: Buffer): Buffer {
    this.compressed = Buffer.concat([this.compressed, block]);
    const all = inflateSync(this.compressed, { dictionary: SPDY3_DICTIONARY, finishFlush: constants.Z_SYNC_FLUSH });
    const fresh = all.subarray(this.produced);
    this.produced = all.length;
    return fresh;
  }
}

const MAX_STORED = 0xffff;

/** zlib's checksum (RFC 1950), which names the dictionary in the stream header. */
function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function storedBlock(chunk: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = 0; // BFINAL 0, BTYPE 00 (stored), padded to the byte
  header.writeUInt16LE(chunk.length, 1);
  header.writeUInt16LE(~chunk.length & 0xffff, 3);
  return Buffer.concat([header, chunk]);
}

export class HeaderDeflater {
  private started = false;

  deflate(block: Buffer): Buffer {
    const parts: Buffer[] = [];
    if (!this.started) {
      this.started = true;
      // CMF 0x78 (deflate, 32K window); FLG with FDICT set and a check value making CMF·FLG a multiple of 31.
      const cmf = 0x78;
      let flg = 0x20;
      flg += 31 - ((cmf * 256 + flg) % 31);
      const dictId = Buffer.alloc(4);
      dictId.writeUInt32BE(adler32(SPDY3_DICTIONARY), 0);
      parts.push(Buffer.from([cmf, flg]), dictId);
    }
    for (let offset = 0; offset < block.length; offset += MAX_STORED) parts.push(storedBlock(block.subarray(offset, offset + MAX_STORED)));
    // An empty stored block ends the flush, as zlib's Z_SYNC_FLUSH does: it tells the peer's
    // inflater that the block's bytes are complete, so it hands them over without reading further.
    parts.push(storedBlock(Buffer.alloc(0)));
    return Buffer.concat(parts);
  }
}
