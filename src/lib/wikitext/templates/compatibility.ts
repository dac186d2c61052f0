/**
 * {{Compatibility_Section}}: the wiki's browser tables of 2015, kept as data (`wiki.compat2015`),
 * which the site shows collapsed as history beside today's data. One cell per browser joins the
 * wiki's four fields (supported, version, prefixed, prefixed version).
 */
import type { WikiCompatTable } from '../../../schemas/wiki.ts';
import { defineTemplateFamily, type TemplateCall } from '../engine.ts';

const DESKTOP = ['Chrome', 'Firefox', 'Internet_explorer', 'Opera', 'Safari'] as const;
const MOBILE = [
  'Android',
  'Blackberry',
  'Chrome_mobile',
  'Firefox_mobile',
  'IE_mobile',
  'Opera_mobile',
  'Opera_mini',
  'Safari_mobile',
] as const;

/** Browser names as people write them. */
const BROWSER_NAMES: Record<string, string> = {
  Internet_explorer: 'Internet Explorer',
  Blackberry: 'BlackBerry',
  IE_mobile: 'IE Mobile',
  Chrome_mobile: 'Chrome Mobile',
  Firefox_mobile: 'Firefox Mobile',
  Opera_mobile: 'Opera Mobile',
  Opera_mini: 'Opera Mini',
  Safari_mobile: 'Safari Mobile',
};

type Field = 'supported' | 'version' | 'prefixed_supported' | 'prefixed_version';
const FIELDS: readonly Field[] = ['supported', 'version', 'prefixed_supported', 'prefixed_version'];

/** The parameters of a row template: Feature, and the four fields of each browser. */
function rowParameters<B extends string>(
  browsers: readonly B[]
): Record<'Feature' | `${B}_${Field}`, string> {
  const entries = browsers.flatMap((browser) =>
    FIELDS.map((field) => [
      `${browser}_${field}`,
      `the ${BROWSER_NAMES[browser] ?? browser} cell of the row`,
    ])
  );
  return Object.fromEntries([['Feature', 'the row’s first cell'], ...entries]) as Record<
    'Feature' | `${B}_${Field}`,
    string
  >;
}

/** One browser's cell: "4.0", "Yes", "No", "Unknown", with its prefixed support after it. */
function cell<B extends string>(row: TemplateCall<`${B}_${Field}`>, browser: B): string {
  const supported = row.text(`${browser}_supported`);
  const version = row.text(`${browser}_version`);
  const prefixed = row.text(`${browser}_prefixed_supported`);
  const prefixedVersion = row.text(`${browser}_prefixed_version`);
  const main = /^yes$/i.test(supported) ? version || 'Yes' : supported || version;
  const withPrefix = /^yes$/i.test(prefixed)
    ? `prefixed${prefixedVersion ? ` ${prefixedVersion}` : ''}`
    : '';
  return [main, withPrefix].filter(Boolean).join('; ');
}

function browserTable<B extends string>(
  title: string,
  browsers: readonly B[],
  rows: TemplateCall<'Feature' | `${B}_${Field}`, {}>[]
): WikiCompatTable | undefined {
  if (rows.length === 0) return undefined;
  return {
    title,
    columns: ['Feature', ...browsers.map((browser) => BROWSER_NAMES[browser] ?? browser)],
    rows: rows.map((row) => [
      row.text('Feature') || 'Basic support',
      ...browsers.map((browser) => cell(row, browser)),
    ]),
  };
}

export const compatibility = defineTemplateFamily({
  name: 'compatibility',
  templates: ['compatibility section'],
  parameters: {
    Desktop_rows: 'the Desktop table (wiki.compat2015)',
    Mobile_rows: 'the Mobile table (wiki.compat2015)',
    Notes_rows: 'the Notes table (wiki.compat2015)',
    Imported_tables: 'a table the wiki showed from another page: reported, not in the corpus',
    Not_required: 'not imported: the wiki’s editing hint',
  },
  nested: {
    'compatibility table desktop row': rowParameters(DESKTOP),
    'compatibility table mobile row': rowParameters(MOBILE),
    'compatibility notes row': {
      Browser: 'the browser',
      Version: 'its versions',
      Note: 'the note',
    },
    'imported compatibility table': { Page: 'the page whose table the wiki showed' },
  },
  page(call, page) {
    const notes = call.nested('Notes_rows', 'compatibility notes row');
    const tables = [
      browserTable(
        'Desktop',
        DESKTOP,
        call.nested('Desktop_rows', 'compatibility table desktop row')
      ),
      browserTable('Mobile', MOBILE, call.nested('Mobile_rows', 'compatibility table mobile row')),
      notes.length > 0
        ? {
            title: 'Notes',
            columns: ['Browser', 'Version', 'Note'],
            rows: notes.map((note) => [
              note.text('Browser'),
              note.text('Version'),
              note.text('Note'),
            ]),
          }
        : undefined,
    ].filter((table) => table !== undefined);
    page.draft.wiki.compat2015.push(...tables);
    for (const imported of call.nested('Imported_tables', 'imported compatibility table'))
      page.diagnostics.warn(
        'imported-compat-table',
        `the wiki showed the compatibility table of ${imported.text('Page') || 'another page'}, which the corpus does not hold; not imported`,
        imported.line
      );
  },
});

/** {{Compatibility|topic=…|feature=…}}: a table the wiki drew from its own data, not in the corpus. */
export const compatibilityData = defineTemplateFamily({
  name: 'compatibility data',
  templates: ['compatibility'],
  parameters: { topic: 'the data’s topic', feature: 'the data’s feature' },
  page(call, page) {
    page.diagnostics.warn(
      'compat-data',
      `the wiki drew a compatibility table from its data for ${call.text('topic')}/${call.text('feature')}, which the corpus does not hold; not imported`,
      call.line
    );
  },
});
