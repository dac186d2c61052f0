import { describe, expect, test } from 'vitest';
import { readPackageJson } from '~/data/packages';
import {
  anchorLabel,
  findSpec,
  resolveSpecs,
  specByShortname,
  specName,
  type SpecEntry,
} from './spec-titles';

const specs = readPackageJson<SpecEntry[]>('web-specs', 'index.json');
const html = specs.find((s) => s.url === 'https://html.spec.whatwg.org/multipage/');

describe('findSpec', () => {
  test('finds the spec a deep URL points into', () => {
    expect(
      findSpec('https://html.spec.whatwg.org/multipage/web-messaging.html#web-messaging', specs)
    ).toBe(html);
  });

  test('prefers the longest matching base URL', () => {
    const fake: SpecEntry[] = [
      { url: 'https://a.test/', title: 'Short' },
      { url: 'https://a.test/deep/', title: 'Deep' },
    ];
    expect(findSpec('https://a.test/deep/x#y', fake)?.title).toBe('Deep');
  });

  test('returns undefined for a URL in no spec', () => {
    expect(findSpec('https://example.com/not-a-spec', specs)).toBeUndefined();
  });
});

describe('specByShortname', () => {
  test('finds a spec by its short name, the first listed when two share it', () => {
    expect(specByShortname('html', specs)?.url).toBe('https://html.spec.whatwg.org/multipage/');
    const fake: SpecEntry[] = [
      { url: 'https://a.example/', shortname: 'x', title: 'First' },
      { url: 'https://b.example/', shortname: 'x', title: 'Second' },
      { url: 'https://c.example/', title: 'No short name' },
    ];
    expect(specByShortname('x', fake)?.title).toBe('First');
    expect(specByShortname(undefined, fake)).toBeUndefined();
    expect(specByShortname('nope', fake)).toBeUndefined();
  });
});

describe('resolveSpecs', () => {
  test('titles each URL once, labelled by its section or its anchor', () => {
    const url = 'https://html.spec.whatwg.org/multipage/indices.html#event-message';
    expect(
      resolveSpecs(
        'p.mdx',
        [
          { url, field: 'f', section: 'The message event' },
          { url, field: 'g' },
          {
            url: 'https://html.spec.whatwg.org/multipage/comms.html#the-messageevent-interface',
            field: 'h',
          },
        ],
        specs
      )
    ).toEqual([
      { url, title: html?.title, label: 'The message event' },
      {
        url: 'https://html.spec.whatwg.org/multipage/comms.html#the-messageevent-interface',
        title: html?.title,
        label: 'the-messageevent-interface',
      },
    ]);
  });

  test('an unknown spec URL fails naming the page and where it came from', () => {
    expect(() =>
      resolveSpecs(
        'x.mdx',
        [{ url: 'https://example.com/spec#x', field: 'field "specs[0].url"' }],
        specs
      )
    ).toThrow(
      'x.mdx: field "specs[0].url" links to https://example.com/spec#x, which is not in any specification that web-specs lists'
    );
  });
});

describe('findSpec with series', () => {
  test('an unversioned draft URL finds the current level of its series', async () => {
    const { readFileSync } = await import('node:fs');
    const specs = JSON.parse(
      readFileSync('node_modules/web-specs/index.json', 'utf8')
    ) as SpecEntry[];
    expect(findSpec('https://drafts.csswg.org/css-syntax/#at-ruledef-charset', specs)?.title).toBe(
      specs.find((spec) => spec.shortname === 'css-syntax-3')?.title
    );
  });
});

describe('specName', () => {
  test('names a spec by its series, not its edition', () => {
    const serviceWorkers = specs.find((s) => s.shortname === 'service-workers');
    expect(serviceWorkers?.title).toBe('Service Workers Nightly');
    expect(serviceWorkers && specName(serviceWorkers)).toBe('Service Workers');
  });

  test('the short form prefers the short title', () => {
    const webrtc = specs.find((s) => s.shortname === 'webrtc');
    expect(webrtc && specName(webrtc, true)).toBe('WebRTC');
    expect(specName({ url: 'https://x.test/', title: 'X' }, true)).toBe('X');
  });
});

describe('anchorLabel', () => {
  const idl: Record<string, { name: string; kind: string }[]> = {
    Window: [
      { name: 'onmessage', kind: 'attribute' },
      { name: 'postMessage', kind: 'operation' },
    ],
    MessageEvent: [{ name: 'constructor', kind: 'constructor' }],
    MessageEventTarget: [{ name: 'onmessage', kind: 'attribute' }],
  };
  const names = {
    interfaceNamed: (lower: string) => Object.keys(idl).find((n) => n.toLowerCase() === lower),
    membersOf: (name: string) => idl[name] ?? [],
  };

  test.each([
    ['handler-window-onmessage', 'Window.onmessage'],
    ['handler-messageeventtarget-onmessage', 'MessageEventTarget.onmessage'],
    ['dom-window-postmessage-options-dev', 'Window.postMessage()'],
    ['dom-messageevent-messageevent', 'MessageEvent() constructor'],
    ['event-message', 'message event'],
    ['eventdef-window-message', 'Window: message event'],
    ['the-messageevent-interface', 'The MessageEvent interface'],
    ['service-worker-container-message-event', 'Service worker container message event'],
    ['handler-unknown-onmessage', 'Handler unknown onmessage'],
    ['ref-for-dom-window-postmessage①', 'Window.postMessage()'],
    ['ref-for-event-message⑫', 'message event'],
  ])('%s reads "%s"', (anchor, label) => {
    expect(anchorLabel(anchor, names)).toBe(label);
  });
});
