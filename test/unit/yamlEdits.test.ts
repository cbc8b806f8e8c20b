// removeSeqItem: cutting one entry out of a block list must leave every other line, comment and
// indentation as it was, and refuse layouts it cannot cut cleanly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { removeSeqItem, type Edit } from '../../server/src/service/validation/yamlEdits';

function listIn(text: string, key: string): YAMLSeq {
  const value = parseDocument(text).get(key, true);
  assert.ok(isSeq(value), `${key} is not a list`);
  return value;
}

function apply(text: string, edit: Edit | undefined): string {
  assert.ok(edit, 'expected an edit');
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

const remove = (text: string, index: number, key = 'items'): string => apply(text, removeSeqItem(text, listIn(text, key), index));

describe('removeSeqItem', () => {
  const text = [
    'items:',
    '  # heading',
    '  - name: a   # about a',
    '    # inside a',
    '    value: "1"',
    '  # before b',
    '  - name: b',
    '    valueFrom:',
    '      fieldRef:',
    '        fieldPath: x',
    '  - {name: c}',
    'after: 1',
    '',
  ].join('\n');

  it('removes the first entry with its own comments, keeping the comments around it', () => {
    assert.equal(
      remove(text, 0),
      [
        'items:',
        '  # heading',
        '  # before b',
        '  - name: b',
        '    valueFrom:',
        '      fieldRef:',
        '        fieldPath: x',
        '  - {name: c}',
        'after: 1',
        '',
      ].join('\n'),
    );
  });

  it('removes a nested multi-line entry and a one-line flow map entry', () => {
    assert.equal(
      remove(text, 1),
      [
        'items:',
        '  # heading',
        '  - name: a   # about a',
        '    # inside a',
        '    value: "1"',
        '  # before b',
        '  - {name: c}',
        'after: 1',
        '',
      ].join('\n'),
    );
    assert.equal(remove(text, 2), text.replace('  - {name: c}\n', ''));
  });

  it('removes the last line of a file that has no final line break', () => {
    assert.equal(remove('items:\n  - a\n  - b', 1), 'items:\n  - a');
  });

  it('keeps Windows line breaks', () => {
    assert.equal(remove('items:\r\n  - name: a\r\n    value: x\r\n  - name: b\r\n', 0), 'items:\r\n  - name: b\r\n');
  });

  it('leaves the key empty when its only entry goes', () => {
    assert.equal(remove('items:\n  - a\nnext: 1\n', 0), 'items:\nnext: 1\n');
  });

  it('refuses flow lists and entries that share the line of another dash', () => {
    const flow = 'items: [a, b]\n';
    assert.equal(removeSeqItem(flow, listIn(flow, 'items'), 0), undefined);
    const nested = 'items:\n  - - a\n    - b\n';
    const inner = listIn(nested, 'items').items[0];
    assert.ok(isSeq(inner));
    assert.equal(removeSeqItem(nested, inner, 0), undefined);
    assert.equal(remove(nested, 0), 'items:\n');
  });
});
