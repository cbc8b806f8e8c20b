// The log's memory bound (a ring of the last N lines) and line assembly from arbitrary chunks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineRing } from '../../../../../client/src/models/logs/lineRing';
import { LineSplitter } from '../../../../../client/src/models/logs/lineSplitter';

describe('LineRing', () => {
  it('keeps the last N lines in order and counts what fell off', () => {
    const ring = new LineRing(3);
    for (const line of ['a', 'b']) ring.push(line);
    assert.deepEqual(ring.lines(), ['a', 'b']);
    for (const line of ['c', 'd', 'e']) ring.push(line);
    assert.deepEqual(ring.lines(), ['c', 'd', 'e']);
    assert.equal(ring.text(), 'c\nd\ne');
    assert.equal(ring.dropped, 2);
    ring.clear();
    assert.deepEqual([ring.length, ring.dropped, ring.text()], [0, 0, '']);
  });

  it('holds no more than its capacity however much is written', () => {
    const ring = new LineRing(1000);
    for (let i = 0; i < 250_000; i++) ring.push(`line ${i}`);
    assert.equal(ring.length, 1000);
    assert.equal(ring.lines()[0], 'line 249000');
    assert.equal(ring.lines()[999], 'line 249999');
    assert.throws(() => new LineRing(0), RangeError);
  });
});

describe('LineSplitter', () => {
  it('assembles lines split across chunks and strips carriage returns', () => {
    const splitter = new LineSplitter();
    assert.deepEqual(splitter.push('hel'), []);
    assert.deepEqual(splitter.push('lo\r\nwor'), ['hello']);
    assert.deepEqual(splitter.push('ld\n\nnext'), ['world', '']);
    assert.equal(splitter.flush(), 'next');
    assert.equal(splitter.flush(), undefined);
  });
});
