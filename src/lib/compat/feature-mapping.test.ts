import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  buildBcdIndex,
  mapFeature,
  mdnPath,
  type FeatureSignals,
  type IdlLookup,
} from './feature-mapping';

/** A small BCD-shaped tree: enough features to exercise every rule. */
const compat = (mdn?: string) => ({ __compat: mdn ? { mdn_url: mdn } : {} });
const MDN = 'https://developer.mozilla.org/docs/Web';
const bcd = buildBcdIndex({
  browsers: {},
  api: {
    IDBCursor: {
      ...compat(`${MDN}/API/IDBCursor`),
      advance: compat(`${MDN}/API/IDBCursor/advance`),
      continue: compat(`${MDN}/API/IDBCursor/continue`),
    },
    IDBKeyRange: { ...compat(), bound_static: compat(`${MDN}/API/IDBKeyRange/bound_static`) },
    IDBRequest: { ...compat(), success_event: compat(`${MDN}/API/IDBRequest/success_event`) },
    Element: { ...compat(), innerHTML: compat(`${MDN}/API/Element/innerHTML`) },
    Window: { ...compat(), message_event: compat(`${MDN}/API/Window/message_event`) },
  },
  css: {
    properties: {
      color: compat(`${MDN}/CSS/Reference/Properties/color`),
      'overflow-y': compat(`${MDN}/CSS/Reference/Properties/overflow-y`),
      'overflow-x': compat(`${MDN}/CSS/Reference/Properties/overflow-x`),
    },
    selectors: { hover: compat(`${MDN}/CSS/Reference/Selectors/:hover`) },
    types: { 'transform-function': { ...compat(), rotate: compat() } },
  },
  html: {
    elements: {
      video: compat(`${MDN}/HTML/Reference/Elements/video`),
      a: { ...compat(), download: compat() },
    },
    global_attributes: { class: compat(), accesskey: compat() },
  },
  javascript: {
    builtins: {
      TypedArray: { ...compat(), buffer: compat() },
      Array: { ...compat(), map: compat() },
    },
  },
});

/** The specs' IDL as far as these tests need it. */
const idl: IdlLookup = (iface, member) => {
  const members: Record<string, Record<string, { kind: string; type: string; on: string }>> = {
    IDBCursor: {
      advance: { kind: 'operation', type: 'undefined', on: 'IDBCursor' },
      continue: { kind: 'operation', type: 'undefined', on: 'IDBCursor' },
      key: { kind: 'attribute', type: 'any', on: 'IDBCursor' },
    },
    IDBKeyRange: { bound: { kind: 'static operation', type: 'IDBKeyRange', on: 'IDBKeyRange' } },
    IDBRequest: { onsuccess: { kind: 'attribute', type: 'EventHandler', on: 'IDBRequest' } },
    HTMLElement: { innerHTML: { kind: 'attribute', type: 'DOMString', on: 'Element' } },
  };
  const found = members[iface];
  return found ? found[member] : 'no-interface';
};

const page = (path: string, more: Partial<FeatureSignals> = {}): FeatureSignals => ({
  path,
  title: path.split('/').at(-1) ?? path,
  kind: 'overview',
  links: [],
  ...more,
});
const method = (path: string, appliesTo?: string) =>
  page(path, { kind: 'method', type: 'api object method', appliesTo });

describe('mapFeature', () => {
  test('an API method by its wiki path and what it applies to, confirmed by the IDL', () => {
    expect(
      mapFeature(method('apis/indexeddb/IDBCursor/advance', 'apis/indexeddb/IDBCursor'), bcd, idl)
    ).toEqual({
      status: 'mapped',
      key: 'api.IDBCursor.advance',
      via: ['applies-to', 'idl'],
    });
    // Without applies-to, the segment above the page names the interface.
    expect(mapFeature(method('apis/indexeddb/IDBCursor/continue'), bcd, idl)).toMatchObject({
      key: 'api.IDBCursor.continue',
      via: ['wiki-path', 'idl'],
    });
  });

  test('a method the IDL calls an attribute, or does not have, is not mapped', () => {
    expect(mapFeature(method('apis/indexeddb/IDBCursor/key'), bcd, idl).status).toBe('unmapped');
    expect(mapFeature(method('apis/indexeddb/IDBCursor/delete'), bcd, idl)).toMatchObject({
      status: 'unmapped',
      plausible: true,
    });
  });

  test('static members, event handler properties and inherited members take BCD’s keys', () => {
    expect(mapFeature(method('apis/indexeddb/IDBKeyRange/bound'), bcd, idl)).toMatchObject({
      key: 'api.IDBKeyRange.bound_static',
    });
    const handler = page('apis/indexeddb/IDBRequest/onsuccess', {
      kind: 'property',
      type: 'api object property',
    });
    expect(mapFeature(handler, bcd, idl)).toMatchObject({ key: 'api.IDBRequest.success_event' });
    const inherited = page('dom/HTMLElement/innerHTML', {
      kind: 'property',
      type: 'api object property',
    });
    expect(mapFeature(inherited, bcd, idl)).toMatchObject({ key: 'api.Element.innerHTML' });
  });

  test('events, CSS properties, selectors, functions, elements and attributes', () => {
    const cases: [FeatureSignals, string][] = [
      [page('dom/Window/message', { kind: 'event', type: 'event' }), 'api.Window.message_event'],
      [page('css/properties/color', { type: 'css property' }), 'css.properties.color'],
      [
        page('css/selectors/pseudo-classes/:hover', { type: 'css selector' }),
        'css.selectors.hover',
      ],
      [
        page('css/functions/rotate', { type: 'css function' }),
        'css.types.transform-function.rotate',
      ],
      [page('html/elements/video', { type: 'markup element' }), 'html.elements.video'],
      [
        page('html/attributes/download', {
          type: 'markup attribute',
          appliesTo: 'html/elements/a',
        }),
        'html.elements.a.download',
      ],
      [
        page('html/attributes/accessKey', {
          type: 'markup attribute',
          appliesTo: 'dom/HTMLElement',
        }),
        'html.global_attributes.accesskey',
      ],
      [
        page('javascript/Float32Array/buffer', { type: 'js syntax' }),
        'javascript.builtins.TypedArray.buffer',
      ],
      [page('javascript/Array/map', { type: 'js syntax' }), 'javascript.builtins.Array.map'],
    ];
    for (const [signals, key] of cases)
      expect(mapFeature(signals, bcd, idl), signals.path).toMatchObject({ status: 'mapped', key });
  });

  test('an MDN link that agrees is added to the signals; one that disagrees vetoes the mapping', () => {
    const agreed = page('css/properties/color', {
      type: 'css property',
      links: ['https://developer.mozilla.org/en-US/docs/CSS/color'],
    });
    expect(mapFeature(agreed, bcd, idl)).toMatchObject({ via: ['wiki-path', 'mdn-link'] });
    // The wiki's overflow-x page linked MDN's overflow-y: neither is trusted.
    const disagreed = page('css/properties/overflow-x', {
      type: 'css property',
      links: ['https://developer.mozilla.org/en-US/docs/Web/CSS/overflow-y'],
    });
    expect(mapFeature(disagreed, bcd, idl)).toMatchObject({
      status: 'unmapped',
      reason: 'the wiki path and the MDN link name different features',
    });
  });

  test('an MDN link alone maps a feature page when it names exactly one feature', () => {
    const linked = page('html/video_element', {
      type: 'markup element',
      links: ['https://developer.mozilla.org/en-US/docs/HTML/Element/video'],
    });
    expect(mapFeature(linked, bcd, idl)).toEqual({
      status: 'mapped',
      key: 'html.elements.video',
      via: ['mdn-link'],
    });
  });

  test('pages that document no single feature are not plausible', () => {
    expect(
      mapFeature(page('tutorials/getting_started', { type: 'tutorial' }), bcd, idl)
    ).toMatchObject({
      status: 'unmapped',
      plausible: false,
    });
  });
});

describe('mdnPath', () => {
  test('reduces MDN URLs of every era to one form', () => {
    const forms = [
      'https://developer.mozilla.org/en-US/docs/HTML/Element/blockquote',
      'https://developer.mozilla.org/en-US/docs/Web/HTML/Element/blockquote',
      'https://developer.mozilla.org/docs/Web/HTML/Reference/Elements/blockquote',
    ];
    expect(new Set(forms.map(mdnPath))).toEqual(new Set(['html/elements/blockquote']));
    expect(mdnPath('https://developer.mozilla.org/en-US/docs/DOM/element.innerHTML')).toBe(
      'api/element/innerhtml'
    );
    expect(mdnPath('https://developer.mozilla.org/docs/Web/CSS/Reference/Properties/color')).toBe(
      'css/color'
    );
    expect(mdnPath('https://example.org/docs/Web/CSS/color')).toBeUndefined();
    expect(mdnPath('not a url')).toBeUndefined();
  });
});

describe('with the real data', () => {
  const real = buildBcdIndex(
    JSON.parse(readFileSync('node_modules/@mdn/browser-compat-data/data.json', 'utf8')) as Record<
      string,
      unknown
    >
  );
  test('every BCD mdn_url reduces to a path, and the index finds the issue’s examples', () => {
    expect(real.keys.has('api.IDBCursor.advance')).toBe(true);
    expect(real.byMdnPath.get('api/idbcursor/advance')).toEqual(['api.IDBCursor.advance']);
    expect(real.byMdnPath.get('html/elements/video')).toEqual(['html.elements.video']);
  });
});
