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
  test('is the page URL under /event-data, which its route serves for the same slug', () => {
    expect(eventDataUrl('/dom/Window/message')).toBe('/event-data/dom/Window/message');
    expect(`/event-data/${slugParam('/dom/Window/message')}`).toBe(
      eventDataUrl('/dom/Window/message')
    );
  });
});
