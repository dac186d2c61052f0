import { describe, expect, test } from 'vitest';
import { readPackageJson } from '~/data/packages';
import {
  BROWSER_COLUMNS,
  UnknownCompatKeyError,
  buildCell,
  buildCompatTable,
  featureLabel,
  lookupKey,
  parseNote,
  statementState,
  type BrowserInfo,
  type Identifier,
  type SimpleSupportStatement,
} from './compat-model';

type Bcd = Identifier & { browsers: Record<string, BrowserInfo> };
const bcd = readPackageJson<Bcd>('@mdn/browser-compat-data', 'data.json');
const FLAGSHIP_KEYS = [
  'api.Window.message_event',
  'api.Worker.message_event',
  'api.DedicatedWorkerGlobalScope.message_event',
  'api.MessagePort.message_event',
  'api.BroadcastChannel.message_event',
];
const info: BrowserInfo = {
  name: 'Test',
  type: 'desktop',
  releases: { '10': { release_date: '2020-01-01' } },
};

describe('statementState', () => {
  test.each<[SimpleSupportStatement, string]>([
    [{ version_added: '10' }, 'full'],
    [{ version_added: '≤10' }, 'full'],
    [{ version_added: false }, 'no'],
    [{ version_added: null }, 'unknown'],
    [{ version_added: 'preview' }, 'preview'],
    [{ version_added: '10', version_removed: '20' }, 'removed'],
    [{ version_added: '10', flags: [{ type: 'preference', name: 'x' }] }, 'flag'],
    [{ version_added: '10', prefix: 'webkit' }, 'prefixed'],
    [{ version_added: '10', alternative_name: 'onwebkitmessage' }, 'altname'],
    [{ version_added: '10', partial_implementation: true }, 'partial'],
  ])('%j is %s', (statement, state) => {
    expect(statementState(statement)).toBe(state);
  });
});

describe('parseNote', () => {
  test('keeps code and https links as data, drops other tags, decodes entities', () => {
    expect(
      parseNote(
        'Use <code>a&lt;b</code> <strong>now</strong>, see <a href="https://x.test/">docs</a>.'
      )
    ).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'code', text: 'a<b' },
      { kind: 'text', text: ' now, see ' },
      { kind: 'link', text: 'docs', href: 'https://x.test/' },
      { kind: 'text', text: '.' },
    ]);
  });

  test('a script or javascript: link in a note becomes plain text', () => {
    expect(parseNote('<script>alert(1)</script><a href="javascript:alert(1)">x</a>')).toEqual([
      { kind: 'text', text: 'alert(1)' },
      { kind: 'text', text: 'x' },
    ]);
  });
});

describe('buildCell', () => {
  test('takes version and release date from the first statement, and marks ranges', () => {
    const cell = buildCell('test', { version_added: '≤10' }, info);
    expect(cell).toMatchObject({
      state: 'full',
      version: '≤10',
      ranged: true,
      releaseDate: '2020-01-01',
      hasDetails: false,
    });
  });

  test('has details for notes, flags and extra statements', () => {
    expect(buildCell('t', { version_added: '10', notes: 'n' }, info).hasDetails).toBe(true);
    expect(
      buildCell('t', [{ version_added: '10' }, { version_added: '5', prefix: 'webkit' }], info)
        .hasDetails
    ).toBe(true);
    const flagged = buildCell(
      't',
      { version_added: '10', flags: [{ type: 'preference', name: 'p', value_to_set: 'true' }] },
      info
    );
    expect(flagged.details[0]?.flags).toEqual(['p set to true']);
  });

  test('no statement is unknown support', () => {
    expect(buildCell('t', undefined, info)).toMatchObject({
      state: 'unknown',
      version: undefined,
      hasDetails: false,
    });
  });
});

describe('featureLabel', () => {
  test.each([
    ['api.Window.message_event', 'message event'],
    ['api.MessageChannel.MessageChannel', 'MessageChannel() constructor'],
    ['api.MessagePort.worker_support', 'worker support'],
    ['api.MessageEvent.data', 'data'],
  ])('%s → %s', (key, label) => expect(featureLabel(key)).toBe(label));
});

describe('buildCompatTable against the real browser-compat-data', () => {
  const table = buildCompatTable('page.mdx', FLAGSHIP_KEYS, bcd, bcd.browsers);

  test('columns are grouped desktop, mobile, server, named as BCD names them', () => {
    expect(table.groups.map((g) => g.id)).toEqual(['desktop', 'mobile', 'server']);
    for (const group of table.groups) {
      const spec = BROWSER_COLUMNS.find((c) => c.id === group.id);
      expect(group.browsers.map((b) => b.id)).toEqual(spec?.browsers);
      for (const browser of group.browsers)
        expect(browser.name).toBe(bcd.browsers[browser.id]?.name);
    }
  });

  test('every cell matches the package’s own first support statement and release data', () => {
    const columns = table.groups.flatMap((g) => g.browsers.map((b) => b.id));
    for (const row of table.rows) {
      const compat = lookupKey(bcd, row.key)?.__compat;
      expect(compat, row.key).toBeDefined();
      row.cells.forEach((cell, index) => {
        const browser = columns[index] as string;
        expect(cell.browser).toBe(browser);
        const support = compat?.support[browser];
        const first = Array.isArray(support) ? support[0] : support;
        if (!first) return expect(cell.state).toBe('unknown');
        expect(cell.state).toBe(statementState(first));
        if (typeof first.version_added === 'string') {
          expect(cell.version).toBe(first.version_added);
          const plain = first.version_added.replace('≤', '');
          expect(cell.releaseDate).toBe(bcd.browsers[browser]?.releases[plain]?.release_date);
        }
      });
    }
  });

  test('rows are the keys the page names, then their direct sub-features, without repeats', () => {
    const topLevel = table.rows.filter((r) => r.depth === 0).map((r) => r.key);
    expect(topLevel).toEqual(FLAGSHIP_KEYS);
    const keys = table.rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    const withChildren = buildCompatTable(
      'p.mdx',
      ['api.MessageEvent', 'api.MessageEvent.data'],
      bcd,
      bcd.browsers
    );
    const children = Object.keys(lookupKey(bcd, 'api.MessageEvent') ?? {}).filter(
      (k) => k !== '__compat'
    );
    expect(withChildren.rows.map((r) => r.key)).toEqual([
      'api.MessageEvent',
      ...children.map((c) => `api.MessageEvent.${c}`),
    ]);
  });

  test('an unknown key fails naming the page, the field and the nearest key', () => {
    expect(() =>
      buildCompatTable('dom/Window/message.mdx', ['api.Window.mesage_event'], bcd, bcd.browsers)
    ).toThrow(
      new UnknownCompatKeyError('dom/Window/message.mdx', 'api.Window.mesage_event', 'api.Window')
    );
    expect(() => buildCompatTable('x.mdx', ['api.Window.mesage_event'], bcd, bcd.browsers)).toThrow(
      'x.mdx: field "bcd" names "api.Window.mesage_event", which is not a feature of @mdn/browser-compat-data (the nearest existing key is "api.Window")'
    );
  });

  test('a browser no row has a statement for is left out, with a group left empty', () => {
    const css = buildCompatTable('p.mdx', ['css.properties.color'], bcd, bcd.browsers);
    const ids = css.groups.flatMap((g) => g.browsers.map((b) => b.id));
    expect(css.groups.map((g) => g.id)).toEqual(['desktop', 'mobile']);
    expect(ids).not.toContain('deno');
    expect(ids).not.toContain('nodejs');
    for (const row of css.rows) expect(row.cells.map((cell) => cell.browser)).toEqual(ids);
  });

  test('a column stays when one row has a statement, even an explicit "no"', () => {
    const support = (browsers: Record<string, SimpleSupportStatement>) => ({
      __compat: { support: browsers, status: undefined },
    });
    const tree = {
      api: {
        A: support({ chrome: { version_added: '10' }, deno: { version_added: false } }),
        B: support({ chrome: { version_added: '10' } }),
      },
    } as unknown as Identifier;
    const table = buildCompatTable('p.mdx', ['api.A', 'api.B'], tree, bcd.browsers);
    const ids = table.groups.flatMap((g) => g.browsers.map((b) => b.id));
    expect(ids).toEqual(['chrome', 'deno']);
    expect(table.groups.map((g) => g.id)).toEqual(['desktop', 'server']);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.state))).toEqual([
      ['full', 'no'],
      ['full', 'unknown'],
    ]);
  });

  test('a key that is only a namespace without __compat is unknown', () => {
    expect(lookupKey(bcd, 'api')).toBeUndefined();
    expect(lookupKey(bcd, 'api.Window.__compat')).toBeUndefined();
  });
});
