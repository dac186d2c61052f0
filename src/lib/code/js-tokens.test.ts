import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tokenizeJs, type Token } from './js-tokens';

/** The tokens that are not plain, as "kind:text", for short assertions. */
const coloured = (source: string) =>
  tokenizeJs(source)
    .filter((token) => token.kind !== 'plain')
    .map((token) => `${token.kind}:${token.text}`);

const joined = (tokens: Token[]) => tokens.map((token) => token.text).join('');

describe('tokenizeJs', () => {
  test('colours keywords, literals, strings, numbers, comments and called functions', () => {
    expect(coloured("const n = 0x1f + 2.5e3; // sum\nif (ok === true) run('go');")).toEqual([
      'keyword:const',
      'number:0x1f',
      'number:2.5e3',
      'comment:// sum',
      'keyword:if',
      'literal:true',
      'function:run',
      "string:'go'",
    ]);
  });

  test('a property named like a keyword is a property, and a method call is a function', () => {
    expect(coloured('port.default; promise.catch(fail); this.new')).toEqual([
      'function:catch',
      'literal:this',
    ]);
  });

  test('template literals, with expressions and nested templates', () => {
    expect(coloured('`a ${b + `c ${"d"}`} e`')).toEqual([
      'string:`a ',
      'string:`c ',
      'string:"d"',
      'string:`',
      'string: e`',
    ]);
    expect(coloured('`${ {x: 1}.x }`;')).toEqual(['string:`', 'number:1', 'string:`']);
  });

  test('a slash is a regular expression where a value may start, a division elsewhere', () => {
    expect(coloured('const r = /[/]\\d+/g; x = a / b / c; return /y/.test(s)')).toEqual([
      'keyword:const',
      'regexp:/[/]\\d+/g',
      'keyword:return',
      'regexp:/y/',
      'function:test',
    ]);
    expect(coloured('f(x) / 2')).toEqual(['function:f', 'number:2']);
  });

  test('unterminated strings, comments and templates end the token, not the tokenizer', () => {
    expect(coloured("'open\nnext")).toEqual(["string:'open"]);
    expect(coloured('/* open')).toEqual(['comment:/* open']);
    expect(coloured('`open ${x')).toEqual(['string:`open ']);
  });

  test('the tokens always add up to the input, whatever it is', () => {
    const samples = [
      readFileSync('src/demos/examples/channel-basics.js', 'utf8'),
      readFileSync('src/lib/code/js-tokens.ts', 'utf8'),
      '`${`${`',
      '}}}{{{`',
      "'\\",
      '/\\',
      '/[/',
      'a\u00e9b = "\u{1f600}"',
      '',
    ];
    for (const sample of samples) expect(joined(tokenizeJs(sample))).toBe(sample);
  });
});
