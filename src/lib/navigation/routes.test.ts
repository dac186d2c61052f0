import { describe, expect, test } from 'vitest';
import { eventDataUrl, jsonViewUrl, slugParam } from './routes';

describe('slugParam', () => {
  test('drops the leading slash', () => {
    expect(slugParam('/dom/Window/message')).toBe('dom/Window/message');
  });
});

describe('jsonViewUrl', () => {
  test('is the page URL with .json, which the JSON route serves for the same slug', () => {
    expect(jsonViewUrl('/dom/Window/message')).toBe('/dom/Window/message.json');
    expect(`/${slugParam('/dom/Window/message')}.json`).toBe(jsonViewUrl('/dom/Window/message'));
  });
});

describe('eventDataUrl', () => {
  test('is one page per event type, under /event-data', () => {
    expect(eventDataUrl('message')).toBe('/event-data/message');
    expect(eventDataUrl('DOMContentLoaded')).toBe('/event-data/DOMContentLoaded');
    expect(eventDataUrl('webkit-animation_end')).toBe('/event-data/webkit-animation_end');
  });
  test('a title that is not a plain event name has none', () => {
    for (const title of ['', 'on message', 'a/b', '../x', '1x', 'message?'])
      expect(eventDataUrl(title)).toBeUndefined();
  });
});
