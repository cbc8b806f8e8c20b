import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageFromEnvironment } from '../../server/src/service/settings';

describe('the language of explanations', () => {
  it("follows the client's locale when it sends one", () => {
    assert.equal(languageFromEnvironment('ko', { LANG: 'en_US.UTF-8' }), 'ko');
    assert.equal(languageFromEnvironment('ko-KR', {}), 'ko');
    assert.equal(languageFromEnvironment('en-US', { LANG: 'ko_KR.UTF-8' }), 'en');
  });

  it('without a client locale, follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(languageFromEnvironment(undefined, { LANG: 'ko_KR.UTF-8' }), 'ko');
    assert.equal(languageFromEnvironment('', { LANG: 'ko_KR.UTF-8' }), 'ko', 'an empty locale is no locale');
    assert.equal(languageFromEnvironment(undefined, { LC_MESSAGES: 'ko_KR', LANG: 'en_US.UTF-8' }), 'ko');
    assert.equal(languageFromEnvironment(undefined, { LC_ALL: 'C', LC_MESSAGES: 'ko_KR', LANG: 'ko_KR.UTF-8' }), 'en', 'LC_ALL wins');
    assert.equal(languageFromEnvironment(undefined, { LC_ALL: '', LANG: 'ko_KR.eucKR' }), 'ko', 'an empty variable is skipped');
  });

  it('is English with no locale anywhere, or another language', () => {
    assert.equal(languageFromEnvironment(undefined, {}), 'en');
    assert.equal(languageFromEnvironment(undefined, { LANG: 'de_DE.UTF-8' }), 'en');
    assert.equal(languageFromEnvironment('ja', {}), 'en');
  });
});
