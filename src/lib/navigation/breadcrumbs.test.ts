import { describe, expect, test } from 'vitest';
import { breadcrumbs, neighbours } from './breadcrumbs';

describe('breadcrumbs', () => {
  test('home, area and group', () => {
    expect(breadcrumbs('dom/Window/message')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'DOM', href: '/dom' },
      { label: 'Window', href: '/dom#group-Window' },
    ]);
  });

  test('a page directly under its area has no group step', () => {
    expect(breadcrumbs('css/index')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'CSS', href: '/css' },
    ]);
  });
});

describe('neighbours', () => {
  const pages = [
    { id: 'dom/Window/postMessage', title: 'Window.postMessage()' },
    { id: 'dom/Window/message', title: 'message' },
    { id: 'dom/Window/messageerror', title: 'messageerror' },
    { id: 'dom/Document/title', title: 'Document.title' },
  ];

  test('previous and next within the group, in title order', () => {
    expect(neighbours(pages, 'dom/Window/messageerror')).toEqual({
      previous: { label: 'message', href: '/dom/Window/message' },
      next: { label: 'Window.postMessage()', href: '/dom/Window/postMessage' },
    });
  });

  test('the ends of a group have one neighbour, a lone page none', () => {
    expect(neighbours(pages, 'dom/Window/message').previous).toBeUndefined();
    expect(neighbours(pages, 'dom/Window/postMessage').next).toBeUndefined();
    expect(neighbours(pages, 'dom/Document/title')).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
});
