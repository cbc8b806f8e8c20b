// Korean particles depend on how the word before them ends: 을/이/은/과/으로 after a final
// consonant (받침), 를/가/는/와/로 after a vowel, and 로 also after ㄹ. Messages interpolate names
// (`chat-pod`, `nginx:1.27`, `128Mi`), so the catalogues write the particle as a marker — `을(를)`,
// `이(가)`, `은(는)`, `과(와)`, `(으)로` — and resolveParticles picks the form from the word the
// marker follows, once, where a finished message leaves the service or the client's catalogue.
//
// How a word's end is read:
// - Hangul syllables: by arithmetic on the code point (final consonant index = (code − 0xAC00) % 28).
// - Digits: by their Korean reading (일, 이, 삼 … ; 10 십, 100 백, 1000 천, 10000 만, so trailing
//   zeros of a whole number are read as the unit they make).
// - Latin letters, a rule of thumb for English pronunciation: an upper-case run (API, PVC) or a
//   single letter is read by letter names (엘, 엠, 엔, 알 end in a consonant, the rest do not);
//   a word ending in -ng, -l/-le, -m/-me, -n/-ne ends in a consonant (ㄹ for l); a short vowel
//   closed by k, ck, p, t or b (chat 챗, app 앱, web 웹) does too; anything else (pod 파드,
//   nginx 엔진엑스, server 서버) ends in a vowel.
// - Closing quotes, backticks and brackets are skipped, and a parenthesis is passed over, since
//   the particle belongs to the word before it: `문서 3(5행)은` is read from 3.

export type Particle = '을/를' | '이/가' | '은/는' | '과/와' | '으로/로';

/** How a word ends when read aloud: with no final consonant, with ㄹ, or with another one. */
export type Ending = 'vowel' | 'rieul' | 'consonant';

const FORMS: Readonly<Record<Particle, readonly [afterConsonant: string, afterVowel: string]>> = {
  '을/를': ['을', '를'],
  '이/가': ['이', '가'],
  '은/는': ['은', '는'],
  '과/와': ['과', '와'],
  '으로/로': ['으로', '로'],
};

const MARKERS: ReadonlyArray<readonly [marker: string, particle: Particle]> = [
  ['을(를)', '을/를'],
  ['를(을)', '을/를'],
  ['이(가)', '이/가'],
  ['가(이)', '이/가'],
  ['은(는)', '은/는'],
  ['는(은)', '은/는'],
  ['과(와)', '과/와'],
  ['와(과)', '과/와'],
  ['(으)로', '으로/로'],
];

const MARKER_PATTERN = new RegExp(MARKERS.map(([m]) => m.replace(/[()]/g, '\\$&')).join('|'), 'g');
const CLOSERS = new Set(['`', '"', "'", '’', '”', '」', '』', '*', '>']);

// Digits 0–9 read 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_ENDINGS: readonly Ending[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];
// Letter names: 엘 엠 엔 알 end in a consonant; 에이, 비, 씨 … do not.
const LETTER_ENDINGS: Readonly<Record<string, Ending>> = { l: 'rieul', m: 'consonant', n: 'consonant', r: 'rieul' };

function numberEnding(digits: string): Ending {
  if (/^0+$/.test(digits)) return 'consonant';
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  if (zeros === 0) return DIGIT_ENDINGS[Number(digits[digits.length - 1])] ?? 'vowel';
  // 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ) … 억 (ㄱ), 조 (vowel) — all but 조 end in a consonant.
  return zeros >= 12 && zeros < 16 ? 'vowel' : 'consonant';
}

function latinEnding(word: string): Ending {
  if (word.length === 1 || (word === word.toUpperCase() && word.length <= 5)) {
    return LETTER_ENDINGS[word[word.length - 1]?.toLowerCase() ?? ''] ?? 'vowel';
  }
  const w = word.toLowerCase();
  if (/ng$/.test(w)) return 'consonant';
  if (/l$|[^aeiou]le$/.test(w)) return 'rieul';
  if (/[aeiou](m|n)$|[aeiou][mn]e$/.test(w)) return 'consonant';
  if (/(^|[^aeiou])[aeiou](ck|k|pp|p|tt|t|b)$/.test(w)) return 'consonant';
  return 'vowel';
}

/** How `text` ends when read aloud, skipping closing quotes and brackets and any parenthesis. */
export function endingOf(text: string): Ending {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text[i];
    if (CLOSERS.has(c) || c === ' ') {
      i--;
    } else if (c === ')' || c === ']') {
      const open = c === ')' ? '(' : '[';
      let depth = 0;
      for (; i >= 0; i--) {
        if (text[i] === c) depth++;
        else if (text[i] === open && --depth === 0) break;
      }
      i--;
    } else {
      break;
    }
  }
  if (i < 0) return 'vowel';
  const code = text.charCodeAt(i);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
  }
  const head = text.slice(0, i + 1);
  const digits = /[0-9]+$/.exec(head)?.[0];
  if (digits) return /\.[0-9]+$/.test(head) ? (DIGIT_ENDINGS[Number(digits[digits.length - 1])] ?? 'vowel') : numberEnding(digits);
  const letters = /[A-Za-z]+$/.exec(head)?.[0];
  if (letters) return latinEnding(letters);
  return 'vowel';
}

/** The form of `which` that follows `word`: particle('파드', '이/가') is '가'. */
export function particle(word: string, which: Particle): string {
  const ending = endingOf(word);
  const [afterConsonant, afterVowel] = FORMS[which];
  if (which === '으로/로') return ending === 'consonant' ? afterConsonant : afterVowel;
  return ending === 'vowel' ? afterVowel : afterConsonant;
}

/** Replaces every particle marker in a finished message by the form its word takes. */
export function resolveParticles(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(MARKER_PATTERN, (marker: string, offset: number) => {
    const which = MARKERS.find(([m]) => m === marker)?.[1];
    return which ? particle(text.slice(0, offset), which) : marker;
  });
}
