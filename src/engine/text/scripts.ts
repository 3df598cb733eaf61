// Which writing systems a text is written in, from its letters. Two uses: a length threshold that counts
// characters must weigh a Chinese character as the several Latin letters it replaces, and a text in a script
// that one language alone uses (Hangul, kana) has that language whatever its words.

export interface ScriptProfile {
  /** Letters counted (at most the sample's). */
  letters: number;
  han: number;
  kana: number;
  hangul: number;
  /** Scripts with one main language: Greek, Hebrew, Thai, Georgian, Armenian. */
  single: Record<string, number>;
}

const SINGLE_LANGUAGE_SCRIPTS: Record<string, RegExp> = {
  el: /\p{Script=Greek}/u,
  he: /\p{Script=Hebrew}/u,
  th: /\p{Script=Thai}/u,
  ka: /\p{Script=Georgian}/u,
  hy: /\p{Script=Armenian}/u,
};

const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Counts the letters of `text` by script, looking at no more than `maxLetters` of them. */
export function scriptProfile(text: string, maxLetters = 5_000): ScriptProfile {
  const profile: ScriptProfile = { letters: 0, han: 0, kana: 0, hangul: 0, single: {} };
  LETTER.lastIndex = 0;
  for (let m = LETTER.exec(text); m !== null && profile.letters < maxLetters; m = LETTER.exec(text)) {
    const ch = m[0];
    profile.letters++;
    if (ch.charCodeAt(0) < 0x0370) continue; // Latin and its extensions: the common case, decided at once
    if (HAN.test(ch)) profile.han++;
    else if (KANA.test(ch)) profile.kana++;
    else if (HANGUL.test(ch)) profile.hangul++;
    else {
      for (const [language, script] of Object.entries(SINGLE_LANGUAGE_SCRIPTS)) {
        if (script.test(ch)) {
          profile.single[language] = (profile.single[language] ?? 0) + 1;
          break;
        }
      }
    }
  }
  return profile;
}

// Latin letters a character of each script stands for, roughly: the same news text is about three times as
// long in English as in Chinese, and about twice as long as in Japanese kana or Korean Hangul.
const HAN_WEIGHT = 3;
const KANA_WEIGHT = 2;
const HANGUL_WEIGHT = 2;

/** Latin-equivalent letters per letter of the text: 1 for alphabetic scripts, up to 3 for Chinese. */
export function latinEquivalence(profile: ScriptProfile): number {
  if (profile.letters === 0) return 1;
  const dense = profile.han + profile.kana + profile.hangul;
  const weighted = profile.letters - dense + profile.han * HAN_WEIGHT + profile.kana * KANA_WEIGHT + profile.hangul * HANGUL_WEIGHT;
  return weighted / profile.letters;
}

// A script decides the language only when most letters are in it, and there are enough of them to count.
const MIN_SCRIPT_LETTERS = 10;
const MIN_SCRIPT_SHARE = 0.3;
// Japanese writes its grammar in kana; Chinese has none. A few kana in a Chinese text are quoted names.
const MIN_KANA_SHARE_FOR_JAPANESE = 0.1;

/** The language a text's script tells on its own ("zh", "ja", "ko", "el", …), or null. */
export function languageOfScript(profile: ScriptProfile): string | null {
  const share = (n: number): number => (profile.letters === 0 ? 0 : n / profile.letters);
  const cjk = profile.han + profile.kana + profile.hangul;
  if (cjk >= MIN_SCRIPT_LETTERS && share(cjk) >= MIN_SCRIPT_SHARE) {
    if (profile.hangul >= profile.han + profile.kana) return 'ko';
    return profile.kana / cjk >= MIN_KANA_SHARE_FOR_JAPANESE ? 'ja' : 'zh';
  }
  for (const [language, n] of Object.entries(profile.single)) {
    if (n >= MIN_SCRIPT_LETTERS && share(n) >= MIN_SCRIPT_SHARE) return language;
  }
  return null;
}
