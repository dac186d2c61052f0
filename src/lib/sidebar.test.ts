import { describe, expect, test } from 'vitest';
import { buildSidebar } from './sidebar';

const pages = [
  { id: 'dom/Window/postMessage', title: 'Window.postMessage()' },
  { id: 'dom/Window/message', title: 'message' },
  { id: 'apis/workers/Worker', title: 'Worker' },
  { id: 'apis/web-messaging/MessagePort', title: 'MessagePort' },
  { id: 'css/index', title: 'CSS' },
];

describe('buildSidebar', () => {
  test('names every area but lists only the current area’s pages', () => {
    const areas = buildSidebar(pages, 'dom/Window/message');
    expect(areas.map((a) => [a.label, a.current, a.groups.length])).toEqual([
      ['Web APIs', false, 0],
      ['CSS', false, 0],
      ['DOM', true, 1],
    ]);
  });

  test('groups by the second path segment, sorted, and marks the current page', () => {
    const apis = buildSidebar(pages, 'apis/workers/Worker').find((a) => a.current);
    expect(apis?.groups).toEqual([
      {
        label: 'web-messaging',
        links: [{ title: 'MessagePort', href: '/apis/web-messaging/MessagePort', current: false }],
      },
      {
        label: 'workers',
        links: [{ title: 'Worker', href: '/apis/workers/Worker', current: true }],
      },
    ]);
  });

  test('sorts titles without regard to case', () => {
    const dom = buildSidebar(pages, 'dom/Window/message').find((a) => a.current);
    expect(dom?.groups[0]?.links.map((l) => l.title)).toEqual(['message', 'Window.postMessage()']);
  });

  test('pages directly under an area are grouped under the area name', () => {
    const css = buildSidebar(pages, 'css/index').find((a) => a.current);
    expect(css?.groups).toEqual([
      { label: 'CSS', links: [{ title: 'CSS', href: '/css/index', current: true }] },
    ]);
  });

  test('with no current page, no area lists pages', () => {
    expect(buildSidebar(pages, undefined).every((a) => !a.current && a.groups.length === 0)).toBe(
      true
    );
  });
});
