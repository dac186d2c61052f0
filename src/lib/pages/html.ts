import { escapeMarkup } from './markup';

/** Markup that is safe to insert as it is: made by `escapedHtml`, never from outside text. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What `escapedHtml` accepts in a placeholder: text (escaped), markup it made, lists of either. */
export type HtmlValue =
  string | number | SafeHtml | false | null | undefined | readonly HtmlValue[];

const flatten = (value: HtmlValue): string =>
  value === false || value === null || value === undefined
    ? ''
    : value instanceof SafeHtml
      ? value.value
      : Array.isArray(value)
        ? value.map(flatten).join('')
        : escapeMarkup(String(value));

/**
 * Markup from a template: every placeholder is escaped unless it is markup `escapedHtml` made itself
 * (or a list of such), so text from data can never become markup. For the few places where a
 * page shows hundreds of small cells and a component per cell would cost more to render than
 * the whole page's prose (the compatibility table). Placeholders in attributes must be quoted.
 */
export function escapedHtml(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += flatten(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}
