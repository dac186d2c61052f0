import { describe, expect, test } from 'vitest';
import { breadcrumbs, folderBreadcrumbs, neighbours } from './breadcrumbs';
import { buildSiteIndex } from './site-index';

const index = buildSiteIndex(
  [
    { id: 'dom/Window/postMessage', title: 'Window.postMessage()' },
    { id: 'dom/Window/message', title: 'message' },
    { id: 'dom/Window/messageerror', title: 'messageerror' },
    { id: 'dom/Document/title', title: 'Document.title' },
    { id: 'css/index', title: 'CSS' },
    { id: 'widow', title: 'widow' },
  ].map((p) => ({ ...p, kind: 'overview', aliases: [], filePath: p.id, imported: false }))
);
const at = (id: string) => {
  const found = index.pages.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('breadcrumbs', () => {
  test('home, area and group: the group’s folder index, when it has no page of its own', () => {
    expect(breadcrumbs(index, at('dom/Window/message'))).toEqual([
      { label: 'Home', href: '/' },
      { label: 'DOM', href: '/dom' },
      { label: 'Window', href: '/dom/Window' },
    ]);
  });

  test('a folder’s trail: home, area, then each page or folder above it', () => {
    const deep = buildSiteIndex(
      ['apis/a/b/c/d', 'apis/a/b/e', 'apis/x'].map((id) => ({
        id,
        title: id,
        kind: 'overview',
        aliases: [],
        filePath: id,
        imported: false,
      }))
    );
    expect(folderBreadcrumbs(deep, '/apis/a/b/c')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Web APIs', href: '/apis' },
      { label: 'A', href: '/apis/a' },
      { label: 'B', href: '/apis/a/b' },
    ]);
  });

  test('a page directly under its area has no group step, a page outside any area only Home', () => {
    expect(breadcrumbs(index, at('css/index'))).toEqual([
      { label: 'Home', href: '/' },
      { label: 'CSS', href: '/css' },
    ]);
    expect(breadcrumbs(index, at('widow'))).toEqual([{ label: 'Home', href: '/' }]);
  });
});

describe('neighbours', () => {
  test('previous and next within the group, in title order', () => {
    expect(neighbours(index, at('dom/Window/messageerror'))).toEqual({
      previous: { label: 'message', href: '/dom/Window/message' },
      next: { label: 'Window.postMessage()', href: '/dom/Window/postMessage' },
    });
  });

  test('the ends of a group have one neighbour, a lone page none', () => {
    expect(neighbours(index, at('dom/Window/message')).previous).toBeUndefined();
    expect(neighbours(index, at('dom/Window/postMessage')).next).toBeUndefined();
    expect(neighbours(index, at('dom/Document/title'))).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
});
