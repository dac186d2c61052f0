import { decodeEntities } from '../pages/markup';

/**
 * The browser compatibility table as plain data, built from `@mdn/browser-compat-data` (BCD).
 * Pure: the data comes in as arguments, so tests can pass the real package or small fixtures.
 * Field meanings follow BCD's schema: https://github.com/mdn/browser-compat-data/blob/main/schemas/compat-data-schema.md
 */

/** One BCD support statement (the subset this site shows). */
export interface SimpleSupportStatement {
  version_added: string | boolean | null;
  version_removed?: string | boolean | null;
  version_last?: string;
  prefix?: string;
  alternative_name?: string;
  flags?: { type: string; name: string; value_to_set?: string }[];
  partial_implementation?: boolean;
  notes?: string | string[];
}

/** BCD's `__compat` block of one feature. */
export interface CompatStatement {
  description?: string;
  mdn_url?: string;
  spec_url?: string | string[];
  support: Record<string, SimpleSupportStatement | SimpleSupportStatement[] | undefined>;
  status?: { experimental?: boolean; standard_track?: boolean; deprecated?: boolean };
}

/** A node of the BCD tree. */
export interface Identifier {
  __compat?: CompatStatement;
  [name: string]: unknown;
}

/** BCD's description of one browser. */
export interface BrowserInfo {
  name: string;
  type: string;
  releases: Record<string, { release_date?: string; status?: string }>;
}

/** How well a browser supports a feature, as the table shows it. */
export type SupportState =
  'full' | 'partial' | 'prefixed' | 'altname' | 'flag' | 'preview' | 'removed' | 'no' | 'unknown';

/** Text of a BCD note, split into plain text, code and links (notes are HTML in BCD). */
export type NotePart =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

/** One statement of support, with everything the cell's details show. */
export interface SupportDetail {
  state: SupportState;
  /** "4", "≤79", "preview", or undefined for no/unknown. */
  versionAdded: string | undefined;
  versionRemoved: string | undefined;
  prefix: string | undefined;
  alternativeName: string | undefined;
  flags: string[];
  partial: boolean;
  notes: NotePart[][];
}

/** One cell: the main statement's state and version, and every statement for the details. */
export interface CompatCell {
  browser: string;
  state: SupportState;
  version: string | undefined;
  /** True when BCD only knows the version as an upper bound ("≤79"). */
  ranged: boolean;
  /** The release date of `version` in that browser (YYYY-MM-DD), when BCD has it. */
  releaseDate: string | undefined;
  details: SupportDetail[];
  /** Whether the cell has anything to show beyond state and version. */
  hasDetails: boolean;
}

/** A row: a feature key and its support in every column. */
export interface CompatRow {
  key: string;
  label: string;
  /** 0 for a key the page names, 1 for its sub-features. */
  depth: 0 | 1;
  mdnUrl: string | undefined;
  specUrls: string[];
  deprecated: boolean;
  experimental: boolean;
  cells: CompatCell[];
}

/** A group of browser columns. */
export interface BrowserGroup {
  id: 'desktop' | 'mobile' | 'server';
  label: string;
  browsers: { id: string; name: string }[];
}

/** The whole table. */
export interface CompatTable {
  groups: BrowserGroup[];
  rows: CompatRow[];
}

/** The columns, grouped as the reference shows them. Every id must exist in BCD's browsers. */
export const BROWSER_COLUMNS: readonly {
  id: BrowserGroup['id'];
  label: string;
  browsers: readonly string[];
}[] = [
  { id: 'desktop', label: 'Desktop', browsers: ['chrome', 'edge', 'firefox', 'safari', 'opera'] },
  {
    id: 'mobile',
    label: 'Mobile',
    browsers: [
      'chrome_android',
      'firefox_android',
      'safari_ios',
      'samsunginternet_android',
      'webview_android',
    ],
  },
  { id: 'server', label: 'Server', browsers: ['deno', 'nodejs'] },
];

/** An unknown BCD key, reported with the page that named it. */
export class UnknownCompatKeyError extends Error {
  constructor(
    readonly filePath: string,
    readonly key: string,
    nearest: string | undefined
  ) {
    super(
      `${filePath}: field "bcd" names "${key}", which is not a feature of @mdn/browser-compat-data` +
        (nearest ? ` (the nearest existing key is "${nearest}")` : '')
    );
    this.name = 'UnknownCompatKeyError';
  }
}

/** The BCD node at a dotted key, or undefined. */
export function lookupKey(tree: Identifier, key: string): Identifier | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const found = node as Identifier | undefined;
  return found?.__compat ? found : undefined;
}

/** The longest prefix of `key` that exists in BCD, for "did you mean" hints. */
function nearestKey(tree: Identifier, key: string): string | undefined {
  const parts = key.split('.');
  for (let length = parts.length - 1; length > 1; length--) {
    const prefix = parts.slice(0, length).join('.');
    if (lookupKey(tree, prefix)) return prefix;
  }
  return undefined;
}

/**
 * A BCD note (a small HTML string) as text, code and link parts. Only `<code>` and `<a href>`
 * survive, as data; every other tag is dropped and its text kept, so no markup from the data
 * package reaches the page as HTML.
 */
export function parseNote(html: string): NotePart[] {
  const parts: NotePart[] = [];
  const pattern = /<code>([\s\S]*?)<\/code>|<a\s[^>]*href=(["'])(.*?)\2[^>]*>([\s\S]*?)<\/a>/gi;
  const pushText = (raw: string) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ kind: 'text', text });
  };
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    pushText(html.slice(last, match.index));
    if (match[1] !== undefined) {
      parts.push({ kind: 'code', text: decodeEntities(match[1].replace(/<[^>]*>/g, '')) });
    } else {
      const href = decodeEntities(match[3] ?? '');
      const text = decodeEntities((match[4] ?? '').replace(/<[^>]*>/g, ''));
      if (/^https:\/\//.test(href)) parts.push({ kind: 'link', text, href });
      else parts.push({ kind: 'text', text });
    }
    last = (match.index ?? 0) + match[0].length;
  }
  pushText(html.slice(last));
  return parts;
}

/** The state a single statement describes. */
export function statementState(statement: SimpleSupportStatement): SupportState {
  const added = statement.version_added;
  if (added === false) return 'no';
  if (added === null || added === true) return added === true ? 'full' : 'unknown';
  if (added === 'preview') return 'preview';
  if (statement.version_removed) return 'removed';
  if (statement.flags?.length) return 'flag';
  if (statement.prefix) return 'prefixed';
  if (statement.alternative_name) return 'altname';
  if (statement.partial_implementation) return 'partial';
  return 'full';
}

const versionText = (value: string | boolean | null | undefined) =>
  typeof value === 'string' ? value : undefined;

function detailOf(statement: SimpleSupportStatement): SupportDetail {
  const notes =
    statement.notes === undefined
      ? []
      : Array.isArray(statement.notes)
        ? statement.notes
        : [statement.notes];
  return {
    state: statementState(statement),
    versionAdded: versionText(statement.version_added),
    versionRemoved: versionText(statement.version_removed),
    prefix: statement.prefix,
    alternativeName: statement.alternative_name,
    flags: (statement.flags ?? []).map((flag) =>
      flag.value_to_set ? `${flag.name} set to ${flag.value_to_set}` : flag.name
    ),
    partial: statement.partial_implementation === true,
    notes: notes.map(parseNote),
  };
}

/** The cell for one browser, from its support statement(s); BCD lists the most relevant first. */
export function buildCell(
  browser: string,
  support: SimpleSupportStatement | SimpleSupportStatement[] | undefined,
  info: BrowserInfo
): CompatCell {
  const statements = support === undefined ? [] : Array.isArray(support) ? support : [support];
  const details = statements.map(detailOf);
  const main = details[0];
  if (!main) {
    return {
      browser,
      state: 'unknown',
      version: undefined,
      ranged: false,
      releaseDate: undefined,
      details,
      hasDetails: false,
    };
  }
  const version = main.versionAdded;
  const plain = version?.replace(/^≤/, '');
  const releaseDate = plain === undefined ? undefined : info.releases[plain]?.release_date;
  const hasDetails =
    details.length > 1 ||
    main.notes.length > 0 ||
    main.flags.length > 0 ||
    main.prefix !== undefined ||
    main.alternativeName !== undefined ||
    main.versionRemoved !== undefined ||
    main.partial;
  return {
    browser,
    state: main.state,
    version,
    ranged: version?.startsWith('≤') ?? false,
    releaseDate,
    details,
    hasDetails,
  };
}

/** A readable label for a BCD key's last segment: `message_event` → "message event". */
export function featureLabel(key: string): string {
  const name = key.split('.').at(-1) ?? key;
  if (name.endsWith('_event')) return `${name.slice(0, -'_event'.length)} event`;
  if (name === key.split('.').at(-2)) return `${name}() constructor`;
  return name.replaceAll('_', ' ');
}

const asArray = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * The compatibility table of a page: a row per key it names and per direct sub-feature of that
 * key, and a cell per browser column. Throws `UnknownCompatKeyError` naming the page for a key
 * BCD does not have, and an error for a browser column BCD does not have.
 */
export function buildCompatTable(
  filePath: string,
  keys: readonly string[],
  tree: Identifier,
  browsers: Readonly<Record<string, BrowserInfo>>
): CompatTable {
  const groups: BrowserGroup[] = BROWSER_COLUMNS.map((group) => ({
    id: group.id,
    label: group.label,
    browsers: group.browsers.map((id) => {
      const info = browsers[id];
      if (!info) throw new Error(`Browser "${id}" is not in @mdn/browser-compat-data's browsers`);
      return { id, name: info.name };
    }),
  }));
  const columns = groups.flatMap((group) => group.browsers.map((b) => b.id));
  const seen = new Set<string>();
  const rows: CompatRow[] = [];
  const addRow = (key: string, node: Identifier, depth: 0 | 1) => {
    if (seen.has(key)) return;
    seen.add(key);
    const compat = node.__compat as CompatStatement;
    rows.push({
      key,
      label:
        depth === 0
          ? key
              .split('.')
              .slice(1)
              .join('.')
              .replace(/_event$/, ' event')
          : featureLabel(key),
      depth,
      mdnUrl: compat.mdn_url,
      specUrls: asArray(compat.spec_url),
      deprecated: compat.status?.deprecated === true,
      experimental: compat.status?.experimental === true,
      cells: columns.map((id) => buildCell(id, compat.support[id], browsers[id] as BrowserInfo)),
    });
  };
  for (const key of keys) {
    const node = lookupKey(tree, key);
    if (!node) throw new UnknownCompatKeyError(filePath, key, nearestKey(tree, key));
    addRow(key, node, 0);
    for (const [name, child] of Object.entries(node)) {
      if (name === '__compat' || typeof child !== 'object' || child === null) continue;
      if ((child as Identifier).__compat) addRow(`${key}.${name}`, child as Identifier, 1);
    }
  }
  return withoutEmptyColumns(groups, rows);
}

/**
 * The table without the browsers BCD has no statement for in any of its rows (Deno and Node.js
 * for CSS, HTML and SVG features): a column of "?" says nothing. An explicit "no" is a statement,
 * so its column stays; a group left without browsers goes.
 */
function withoutEmptyColumns(groups: BrowserGroup[], rows: CompatRow[]): CompatTable {
  const columns = groups.flatMap((group) => group.browsers.map((b) => b.id));
  const empty = new Set(
    columns.filter((_, index) => rows.every((row) => row.cells[index]?.details.length === 0))
  );
  if (empty.size === 0 || rows.length === 0) return { groups, rows };
  return {
    groups: groups
      .map((group) => ({ ...group, browsers: group.browsers.filter((b) => !empty.has(b.id)) }))
      .filter((group) => group.browsers.length > 0),
    rows: rows.map((row) => ({
      ...row,
      cells: row.cells.filter((cell) => !empty.has(cell.browser)),
    })),
  };
}

/** The spec URLs of the page's keys, in order, without repeats. */
export function specUrlsOf(table: CompatTable): string[] {
  return [...new Set(table.rows.filter((row) => row.depth === 0).flatMap((row) => row.specUrls))];
}
