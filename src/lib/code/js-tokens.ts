/**
 * A small JavaScript tokenizer for the playground's editor: enough to colour what a reader types
 * (comments, strings and template literals, regular expressions, numbers, keywords, literals,
 * called functions) as they type, in a few hundred bytes of code loaded with the playground.
 * It is not a parser: it never fails, and the tokens' texts always add up to the input, so the
 * coloured layer lines up with the text under it whatever is typed.
 */

/** What a token is; each kind has a colour (see codeTokenCss in code-colours.ts). */
export type TokenKind =
  'plain' | 'comment' | 'string' | 'regexp' | 'number' | 'keyword' | 'literal' | 'function';

/** A run of text of one kind. */
export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set(
  (
    'async await break case catch class const continue debugger default delete do else export ' +
    'extends finally for from function get if import in instanceof let new of return set static ' +
    'super switch throw try typeof var void while with yield'
  ).split(' ')
);
const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'this']);
/** Keywords after which a "/" starts a regular expression rather than a division. */
const BEFORE_REGEXP = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

const IDENTIFIER = /[A-Za-z_$\u00a0-\uffff][\w$\u00a0-\uffff]*/y;
const NUMBER =
  /(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?/y;
const SPACE = /\s+/y;

/** The match of a sticky pattern at `index`, or undefined. */
function matchAt(pattern: RegExp, source: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(source)?.[0];
}

/** The end of a quoted string that starts at `start` (exclusive); unterminated at a line end. */
function stringEnd(source: string, start: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') index += 2;
    else if (char === quote) return index + 1;
    else if (char === '\n') return index;
    else index++;
  }
  return source.length;
}

/** The end of a regular expression literal starting at `start`, or undefined if it is not one. */
function regexpEnd(source: string, start: number): number | undefined {
  let index = start + 1;
  let inClass = false;
  while (index < source.length) {
    const char = source[index];
    if (char === '\n') return undefined;
    if (char === '\\') index += 2;
    else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      else if (char === '/' && !inClass) {
        index++;
        while (index < source.length && /[a-z]/.test(source[index] as string)) index++;
        return index;
      }
      index++;
    }
  }
  return undefined;
}

/** Splits JavaScript source into coloured runs whose texts join back into the source. */
export function tokenizeJs(source: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string) => {
    const last = tokens.at(-1);
    if (last?.kind === kind)
      last.text += text; // fewer, longer runs
    else tokens.push({ kind, text });
  };
  // For each template literal being read, how many braces are open in its current ${…}.
  const templates: number[] = [];
  // What the last significant token was, to tell a regular expression from a division.
  let regexpAllowed = true;
  let index = 0;

  const readTemplate = () => {
    // From inside a template literal (after ` or }) to its end or to the next ${.
    let end = index;
    while (end < source.length) {
      const char = source[end];
      if (char === '\\') end += 2;
      else if (char === '`') {
        push('string', source.slice(index, end + 1));
        index = end + 1;
        regexpAllowed = false;
        return;
      } else if (char === '$' && source[end + 1] === '{') {
        push('string', source.slice(index, end));
        push('plain', '${');
        index = end + 2;
        templates.push(0);
        regexpAllowed = true;
        return;
      } else end++;
    }
    push('string', source.slice(index));
    index = source.length;
  };

  while (index < source.length) {
    const char = source[index] as string;
    const next = source[index + 1];
    const space = matchAt(SPACE, source, index);
    if (space) {
      push('plain', space);
      index += space.length;
      continue;
    }
    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', index);
      const stop = end === -1 ? source.length : end;
      push('comment', source.slice(index, stop));
      index = stop;
      continue;
    }
    if (char === '/' && next === '*') {
      const end = source.indexOf('*/', index + 2);
      const stop = end === -1 ? source.length : end + 2;
      push('comment', source.slice(index, stop));
      index = stop;
      continue;
    }
    if (char === '"' || char === "'") {
      const end = stringEnd(source, index);
      push('string', source.slice(index, end));
      index = end;
      regexpAllowed = false;
      continue;
    }
    if (char === '`') {
      push('string', '`');
      index++;
      readTemplate();
      continue;
    }
    if (char === '/' && regexpAllowed) {
      const end = regexpEnd(source, index);
      if (end !== undefined) {
        push('regexp', source.slice(index, end));
        index = end;
        regexpAllowed = false;
        continue;
      }
    }
    const number = /[\d.]/.test(char) ? matchAt(NUMBER, source, index) : undefined;
    if (number) {
      push('number', number);
      index += number.length;
      regexpAllowed = false;
      continue;
    }
    const word = matchAt(IDENTIFIER, source, index);
    if (word) {
      const afterDot = tokens.at(-1)?.text.trimEnd().endsWith('.') ?? false;
      const called = /^\s*\(/.test(source.slice(index + word.length, index + word.length + 40));
      const kind: TokenKind =
        !afterDot && KEYWORDS.has(word)
          ? 'keyword'
          : !afterDot && LITERALS.has(word)
            ? 'literal'
            : called
              ? 'function'
              : 'plain';
      push(kind, word);
      index += word.length;
      regexpAllowed = kind === 'keyword' && BEFORE_REGEXP.has(word);
      continue;
    }
    // Punctuation, one character at a time; braces close the ${…} of a template literal.
    if (templates.length > 0) {
      const depth = templates.length - 1;
      if (char === '{') templates[depth] = (templates[depth] as number) + 1;
      else if (char === '}') {
        if (templates[depth] === 0) {
          templates.pop();
          push('plain', '}');
          index++;
          readTemplate();
          continue;
        }
        templates[depth] = (templates[depth] as number) - 1;
      }
    }
    push('plain', char);
    index++;
    regexpAllowed = !/[)\]}]/.test(char);
  }
  return tokens;
}
