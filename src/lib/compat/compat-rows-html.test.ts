import { describe, expect, test } from 'vitest';
import type { CompatCell, CompatRow } from './compat-model';
import { compatRowsHtml } from './compat-rows-html';

const cell = (overrides: Partial<CompatCell>): CompatCell => ({
  browser: 'chrome',
  state: 'full',
  version: '60',
  ranged: false,
  releaseDate: '2017-07-25',
  details: [],
  hasDetails: false,
  ...overrides,
});

const row = (overrides: Partial<CompatRow>): CompatRow => ({
  key: 'api.Window.message_event',
  label: 'Window.message event',
  depth: 0,
  mdnUrl: undefined,
  specUrls: [],
  deprecated: false,
  experimental: false,
  cells: [],
  ...overrides,
});

describe('compatRowsHtml', () => {
  test('a row: its name, a cell per browser with the state in words, and the key to detect', () => {
    const out = compatRowsHtml([
      row({
        deprecated: true,
        cells: [cell({}), cell({ browser: 'safari', state: 'no', version: undefined })],
      }),
    ]);
    expect(out).toBe(
      '<tr data-depth="0" id="compat-api-Window-message_event"><th scope="row"><code>Window.message event</code><span class="wp-flag-text">Deprecated</span></th>' +
        // The column header names the browser; the cell says its support in words.
        '<td data-state="full"><span class="wp-icon" aria-hidden="true">✓</span>60<span class="wp-visually-hidden"> Full support</span><time>2017-07-25</time></td>' +
        '<td data-state="no"><span class="wp-icon" aria-hidden="true">✕</span>No<span class="wp-visually-hidden"> No support</span><time>2017-07-25</time></td>' +
        // "Check this browser" detects the feature from the row's BCD key.
        '<td class="wp-your-browser" data-key="api.Window.message_event" hidden></td></tr>'
    );
  });

  test('a cell with details discloses every statement in words, notes as text, code and links', () => {
    const out = compatRowsHtml([
      row({
        cells: [
          cell({
            state: 'partial',
            hasDetails: true,
            details: [
              {
                state: 'flag',
                versionAdded: '10',
                versionRemoved: '20',
                prefix: 'webkit',
                alternativeName: 'onMessage',
                flags: ['a-flag', 'b-flag'],
                partial: true,
                notes: [
                  [
                    { kind: 'text', text: 'See ' },
                    { kind: 'link', text: 'bug', href: 'https://bugs.example/1?a=1&b=2' },
                    { kind: 'text', text: ' for ' },
                    { kind: 'code', text: 'start()' },
                  ],
                ],
              },
            ],
          }),
        ],
      }),
    ]);
    expect(out).toContain(
      '<details><summary><span class="wp-icon" aria-hidden="true">◐</span>60<span class="wp-visually-hidden"> Partial support</span>'
    );
    expect(out).toContain(
      '<li><strong>Behind a flag</strong> from version 10, removed in 20, with the prefix <code>webkit</code>, as <code>onMessage</code>, partial implementation, behind the flags <code>a-flag</code>, <code>b-flag</code><p>See <a href="https://bugs.example/1?a=1&amp;b=2">bug</a> for <code>start()</code></p></li>'
    );
  });

  test('a long feature name may fold at its words, and only there', () => {
    const out = compatRowsHtml([row({ label: 'DedicatedWorkerGlobalScope.message event' })]);
    expect(out).toContain(
      '<code>Dedicated<wbr>Worker<wbr>Global<wbr>Scope.<wbr>message event</code>'
    );
  });

  test('text from the data never becomes markup', () => {
    const hostile = '<img src=x onerror=alert(1)>"';
    const out = compatRowsHtml([
      row({
        key: 'api.X"><script>',
        label: hostile,
        cells: [
          cell({
            version: hostile,
            hasDetails: true,
            details: [
              {
                state: 'full',
                versionAdded: hostile,
                versionRemoved: undefined,
                prefix: undefined,
                alternativeName: undefined,
                flags: [hostile],
                partial: false,
                notes: [[{ kind: 'link', text: hostile, href: 'https://x.example/"onclick="x' }]],
              },
            ],
          }),
        ],
      }),
    ]);
    expect(out).not.toMatch(/<img|<script|"onclick|onerror=alert\(1\)>/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;');
  });
});
