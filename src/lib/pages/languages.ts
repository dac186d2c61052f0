/**
 * Names of the languages of translated pages, each in its own language ("日本語", "Español"), as
 * a language switcher shows them: readers look for their language's name as they write it.
 */

/** The name of a language (a BCP 47 tag such as `ja` or `pt-br`) in that language. */
export function languageName(tag: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
  } catch {
    // An invalid tag has no name; the schema accepts only well-formed ones, so this is rare.
  }
  if (!name || name.toLowerCase() === tag.toLowerCase()) return tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** The language of pages without a `lang`: the site's own. */
export const SITE_LANGUAGE = 'en';
