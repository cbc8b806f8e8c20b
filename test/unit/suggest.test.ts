import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, rankSuggestions } from '../../server/src/service/util/suggest';

const CONTAINER_KEYS = [
  'args',
  'command',
  'env',
  'envFrom',
  'image',
  'imagePullPolicy',
  'lifecycle',
  'livenessProbe',
  'name',
  'ports',
  'readinessProbe',
  'resources',
  'securityContext',
  'volumeMounts',
  'workingDir',
];

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('contianers', 'containers'), 1);
    assert.equal(editDistance('poarts', 'ports'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('stops early past the limit', () => {
    assert.equal(editDistance('a', 'abcdefgh', 2), 3);
  });
});

describe('rankSuggestions', () => {
  it('puts a case-only difference first', () => {
    assert.deepEqual(rankSuggestions('imagePullpolicy', CONTAINER_KEYS, 1), ['imagePullPolicy']);
    assert.deepEqual(rankSuggestions('IMAGE', CONTAINER_KEYS, 1), ['image']);
  });

  it('ranks by edit distance among the candidates', () => {
    assert.equal(rankSuggestions('images', CONTAINER_KEYS)[0], 'image');
    assert.equal(rankSuggestions('poarts', CONTAINER_KEYS)[0], 'ports');
    assert.equal(rankSuggestions('volumeMount', CONTAINER_KEYS)[0], 'volumeMounts');
    assert.equal(rankSuggestions('comand', CONTAINER_KEYS)[0], 'command');
  });

  it('suggests nothing when nothing is close, and honours max', () => {
    assert.deepEqual(rankSuggestions('replicas', CONTAINER_KEYS), []);
    assert.deepEqual(rankSuggestions('xy', ['ab']), []);
    assert.equal(rankSuggestions('env', ['envs', 'enV', 'envFrom', 'eno'], 2).length, 2);
    assert.deepEqual(rankSuggestions('image', ['image']), []);
  });
});
