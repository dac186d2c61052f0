/**
 * Where a long name may fold: `CanvasRenderingContext2D.getImageData` has no space, so a narrow
 * column or a phone would either scroll sideways or break it anywhere ("getIm|ageData"). As MDN
 * does in its sidebars, long names get break opportunities (rendered as <wbr>) after a dot, a
 * slash or an underscore, and between a lower-case letter and a capital: they fold at
 * their words, and only where the line is too short for them.
 */

import { escapeMarkup } from './markup';

/** Names shorter than this fit every column the site has, and are left whole. */
export const LONG_NAME = 20;

/**
 * The text in pieces, with a break opportunity between each two pieces; words shorter than
 * LONG_NAME, and every space, stay as they are.
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [''];
  for (const part of text.split(/(\s+)/)) {
    const words =
      part.length >= LONG_NAME && !/\s/.test(part)
        ? part.split(/(?<=[./_])(?=.)|(?<=[a-z])(?=[A-Z])/)
        : [part];
    pieces[pieces.length - 1] += words[0] ?? '';
    pieces.push(...words.slice(1));
  }
  return pieces;
}

/**
 * The text as HTML with its break opportunities as `<wbr>`, for `set:html`: the text escaped,
 * nothing else added. A string rather than a component: navigation lists show dozens of names
 * on every page, and a component instance per name cost more to render than the list around it.
 */
export function breakableHtml(text: string): string {
  return breakPieces(text).map(escapeMarkup).join('<wbr>');
}
