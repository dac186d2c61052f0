import { describe, expect, test } from 'vitest';
import { isIdentifier, segmentName } from './names';

describe('segmentName', () => {
  test('known areas read as their standards write them', () => {
    expect(segmentName('apis')).toBe('Web APIs');
    expect(segmentName('aria')).toBe('ARIA');
    expect(segmentName('dom')).toBe('DOM');
    expect(segmentName('javascript')).toBe('JavaScript');
    expect(segmentName('webgl')).toBe('WebGL');
  });

  test('other lower-case names are words in sentence case', () => {
    expect(segmentName('canvas')).toBe('Canvas');
    expect(segmentName('web-messaging')).toBe('Web messaging');
    expect(segmentName('data_types')).toBe('Data types');
    expect(segmentName('media_capture_and_streams')).toBe('Media capture and streams');
  });

  test('known words keep their spelling inside a name', () => {
    expect(segmentName('css-regions')).toBe('CSS regions');
    expect(segmentName('selectors_api')).toBe('Selectors API');
    expect(segmentName('indexeddb')).toBe('IndexedDB');
  });

  test('with underscores between words, hyphens stay inside them', () => {
    expect(segmentName('server-side_languages')).toBe('Server-side languages');
  });

  test('identifiers stay as the platform spells them', () => {
    expect(segmentName('IDBCursor')).toBe('IDBCursor');
    expect(segmentName('Window')).toBe('Window');
    expect(segmentName('getElementById')).toBe('getElementById');
  });

  test('names no rule can guess come from a table', () => {
    expect(segmentName('atrules')).toBe('At-rules');
    expect(segmentName('PointerEvents')).toBe('Pointer Events');
    expect(segmentName('Main_Page')).toBe('Main page');
  });

  test('a segment of separators only is kept as it is', () => {
    expect(segmentName('-')).toBe('-');
  });
});

describe('isIdentifier', () => {
  test('needs a capital letter and no separators', () => {
    expect(isIdentifier('MessageEvent')).toBe(true);
    expect(isIdentifier('properties')).toBe(false);
    expect(isIdentifier('High_contrast')).toBe(false);
  });
});
