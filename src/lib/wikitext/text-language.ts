/**
 * Whether a translation's text is in its language at all: the wiki kept untranslated copies of
 * English pages under translation paths (`html/elements/big/ja`). A page whose language is
 * written in a script of its own (Japanese, Korean, Russian…) but whose prose is nearly all in
 * Latin letters is in English, and a screen reader should read it so (WCAG 3.1.1). Languages
 * written in Latin letters cannot be told apart this way, and are taken at their word.
 */
import { markdownText } from './verify.ts';

/** The script each language is written in, by its primary subtag. */
const SCRIPTS: Readonly<Record<string, RegExp>> = {
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  zh: /\p{Script=Han}/u,
  ko: /[\p{Script=Hangul}\p{Script=Han}]/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  bg: /\p{Script=Cyrillic}/u,
  el: /\p{Script=Greek}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  th: /\p{Script=Thai}/u,
  hi: /\p{Script=Devanagari}/u,
};

/**
 * Below this share of letters in its own script, a page's prose is not in its language. Low:
 * these scripts say in one character what English says in several letters, so a page half
 * translated into Korean has a fifth of its letters in Hangul, and its own language stands.
 */
const OWN_SCRIPT_SHARE = 0.05;
/** Too few letters to judge (a stub, a list of names). */
const MIN_LETTERS = 200;

/**
 * The language a translation's Markdown prose is in, when it is not `lang` (then English, the
 * wiki's own); undefined when it is, or when the prose cannot tell. Code and link destinations
 * are not prose.
 */
export function textLanguageOf(markdown: string, lang: string): 'en' | undefined {
  const script = SCRIPTS[lang.split('-')[0] ?? lang];
  if (!script) return undefined;
  const prose = markdownText(markdown, { code: false });
  let letters = 0;
  let own = 0;
  for (const char of prose) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    if (script.test(char)) own++;
  }
  return letters >= MIN_LETTERS && own / letters < OWN_SCRIPT_SHARE ? 'en' : undefined;
}
