import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choosePositionEncoding, fromUtf16Column, linesOf, PositionConverter, toUtf16Column } from '../../server/src/positionEncoding';

// 'a' (1 byte), '한' (3 bytes, 1 UTF-16 unit), '😀' (4 bytes, 2 UTF-16 units, 1 code point)
const LINE = 'a한😀b';

describe('position encodings', () => {
  it("picks the client's first supported choice, else UTF-16", () => {
    assert.equal(choosePositionEncoding(['utf-8', 'utf-32', 'utf-16']), 'utf-8');
    assert.equal(choosePositionEncoding(['utf-32', 'utf-16']), 'utf-32');
    assert.equal(choosePositionEncoding(['utf-7', 'utf-16']), 'utf-16');
    assert.equal(choosePositionEncoding(['latin-1']), 'utf-16');
    assert.equal(choosePositionEncoding([]), 'utf-16');
    assert.equal(choosePositionEncoding(undefined), 'utf-16');
  });

  it('converts columns between UTF-16 and UTF-8 / UTF-32 in both directions', () => {
    // UTF-16 columns of the character starts: a=0, 한=1, 😀=2, b=4, end=5
    const utf8 = [0, 1, 4, 8, 9];
    const utf32 = [0, 1, 2, 3, 4];
    const utf16 = [0, 1, 2, 4, 5];
    utf16.forEach((column, i) => {
      assert.equal(fromUtf16Column(LINE, column, 'utf-8'), utf8[i]);
      assert.equal(fromUtf16Column(LINE, column, 'utf-32'), utf32[i]);
      assert.equal(toUtf16Column(LINE, utf8[i] ?? -1, 'utf-8'), column);
      assert.equal(toUtf16Column(LINE, utf32[i] ?? -1, 'utf-32'), column);
      assert.equal(fromUtf16Column(LINE, column, 'utf-16'), column);
    });
  });

  it('a column inside a character goes to its start; past the end, to the end', () => {
    assert.equal(toUtf16Column(LINE, 2, 'utf-8'), 1, 'inside 한');
    assert.equal(toUtf16Column(LINE, 6, 'utf-8'), 2, 'inside 😀');
    assert.equal(toUtf16Column(LINE, 99, 'utf-8'), 5);
    assert.equal(fromUtf16Column(LINE, 3, 'utf-8'), 4, 'between the surrogates of 😀');
    assert.equal(fromUtf16Column(LINE, 99, 'utf-32'), 4);
  });

  it('converts every position of a message against the document it belongs to', () => {
    const texts: Record<string, string> = { 'file:///a.yaml': 'name: 한글\nimage: x\n', 'file:///b.yaml': 'x: 😀😀y\n' };
    const converter = new PositionConverter('utf-8', (uri) => (texts[uri] === undefined ? undefined : linesOf(texts[uri])));
    const result = {
      diagnostics: [
        {
          range: { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } },
          message: 'm',
          relatedInformation: [
            {
              location: { uri: 'file:///b.yaml', range: { start: { line: 0, character: 7 }, end: { line: 0, character: 8 } } },
              message: 'r',
            },
          ],
        },
      ],
      edit: {
        changes: { 'file:///b.yaml': [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } }, newText: '' }] },
      },
      command: { title: 't', command: 'c', arguments: ['file:///a.yaml', { line: 0, character: 8 }] },
    };
    const converted = converter.toClient(result, 'file:///a.yaml');
    assert.deepEqual(converted.diagnostics[0]?.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
    assert.deepEqual(converted.diagnostics[0]?.relatedInformation[0]?.location.range, {
      start: { line: 0, character: 11 },
      end: { line: 0, character: 12 },
    });
    assert.deepEqual(converted.edit.changes['file:///b.yaml']?.[0]?.range, {
      start: { line: 0, character: 3 },
      end: { line: 0, character: 7 },
    });
    assert.deepEqual(converted.command.arguments[1], { line: 0, character: 12 });
    assert.equal(result.diagnostics[0]?.range.end.character, 8, 'the original is not changed (it may be cached)');
    assert.deepEqual(converter.fromClient(converted, 'file:///a.yaml'), result);
  });

  it('converts the changes of one didChange in sequence', () => {
    const text = '한글: 1\n';
    const converter = new PositionConverter('utf-8', () => linesOf(text));
    const changes = converter.contentChanges('file:///a.yaml', [
      // after 한글 (6 bytes): insert 😀; then, on the changed text, replace 1 (6 + 4 + 2 bytes in).
      { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: '😀' },
      { range: { start: { line: 0, character: 12 }, end: { line: 0, character: 13 } }, text: '2' },
    ]);
    assert.deepEqual(
      changes.map((c) => c.range),
      [
        { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } },
        { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } },
      ],
    );
  });

  it('UTF-16 is left alone, and positions of unknown documents too', () => {
    const identity = new PositionConverter('utf-16', () => undefined);
    const value = { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } } };
    assert.equal(identity.toClient(value, 'file:///x'), value);
    const unknown = new PositionConverter('utf-8', () => undefined);
    assert.deepEqual(unknown.toClient(value, 'file:///x'), value);
  });
});
