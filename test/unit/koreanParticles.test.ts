import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { endingOf, particle, resolveParticles } from '../../protocol/koreanParticles';

test('Hangul words take the form their last syllable calls for', () => {
  assert.equal(particle('파드', '이/가'), '가');
  assert.equal(particle('이미지', '을/를'), '를');
  assert.equal(particle('컨테이너', '은/는'), '는');
  assert.equal(particle('네임스페이스', '과/와'), '와');
  assert.equal(particle('서비스', '으로/로'), '로');
  assert.equal(particle('노드 `a`의 볼륨', '을/를'), '을');
  assert.equal(particle('레이블', '으로/로'), '로', 'ㄹ takes 로, not 으로');
  assert.equal(particle('레이블', '을/를'), '을', 'but ㄹ is a final consonant for 을/를');
  assert.equal(particle('값', '으로/로'), '으로');
});

test('numbers are read in Korean', () => {
  assert.equal(particle('1', '이/가'), '이'); // 일
  assert.equal(particle('2', '이/가'), '가'); // 이
  assert.equal(particle('3', '으로/로'), '으로'); // 삼
  assert.equal(particle('8080', '으로/로'), '으로'); // 팔십 → 십
  assert.equal(particle('8081', '으로/로'), '로'); // 일 (ㄹ)
  assert.equal(particle('443', '을/를'), '을'); // 삼
  assert.equal(particle('9', '을/를'), '를'); // 구
  assert.equal(particle('1000', '은/는'), '은'); // 천
  assert.equal(particle('0', '이/가'), '이'); // 영
  assert.equal(particle('1.25', '은/는'), '는'); // 이점이오 → 오
});

test('Latin words by a rule of thumb for their English sound', () => {
  assert.equal(particle('chat-pod', '이/가'), '가'); // 파드
  assert.equal(particle('nginx', '을/를'), '를'); // 엔진엑스
  assert.equal(particle('web', '을/를'), '을'); // 웹
  assert.equal(particle('chat', '은/는'), '은'); // 챗
  assert.equal(particle('latest', '이/가'), '가'); // 레이티스트
  assert.equal(particle('alpine', '으로/로'), '으로'); // 알파인
  assert.equal(particle('kubectl', '으로/로'), '로'); // 컨트롤 (ㄹ)
  assert.equal(particle('redis', '이/가'), '가'); // 레디스
  assert.equal(particle('server', '은/는'), '는'); // 서버
  assert.equal(particle('running', '이/가'), '이'); // 러닝
  assert.equal(particle('API', '을/를'), '를'); // 에이피아이
  assert.equal(particle('URL', '으로/로'), '로'); // 유알엘
  assert.equal(particle('PVC', '이/가'), '가'); // 피브이씨
  assert.equal(particle('500m', '은/는'), '은'); // 엠
});

test('quotes, backticks and a parenthesis after the word are passed over', () => {
  assert.equal(endingOf('`web`'), 'consonant');
  assert.equal(endingOf('"파드"'), 'vowel');
  assert.equal(endingOf('문서 3(5행)'), 'consonant', 'read from 3 (삼), not from 행');
  assert.equal(endingOf('컨테이너 `app` (init)'), 'consonant');
});

test('markers in a finished message are resolved from the word before each', () => {
  assert.equal(resolveParticles('`chat-pod`이(가) `web`을(를) `nginx`(으)로 바꿉니다'), '`chat-pod`가 `web`을 `nginx`로 바꿉니다');
  assert.equal(resolveParticles('컨텍스트 "prod"은(는) "team"과(와) 일치'), '컨텍스트 "prod"는 "team"과 일치');
  assert.equal(resolveParticles('포트 번호 8080(으)로 바꾸기'), '포트 번호 8080으로 바꾸기');
  assert.equal(resolveParticles('No markers (in English) are left alone.'), 'No markers (in English) are left alone.');
});
