import { describe, expect, test } from 'vitest';
import { pageOfFile, safeSegment } from './page-files.ts';

describe('pageOfFile', () => {
  test('a page, its translation, a page named index, a file at the root', () => {
    expect(pageOfFile('dom/Window/message/index.md')).toEqual({
      wikiPath: 'dom/Window/message',
      lang: undefined,
      linkTitle: 'dom/Window/message',
      output: 'dom/Window/message.md',
      renamedFrom: undefined,
    });
    expect(pageOfFile('html/elements/a/pt-br.md')).toMatchObject({
      wikiPath: 'html/elements/a',
      lang: 'pt-br',
      linkTitle: 'html/elements/a/pt-br',
      output: 'html/elements/a.pt-br.md',
    });
    expect(pageOfFile('javascript/RegExp/index/index.md')?.output).toBe(
      'javascript/RegExp/index/index.md'
    );
    expect(pageOfFile('Main_Page.md')).toMatchObject({
      wikiPath: 'Main_Page',
      output: 'Main_Page.md',
    });
  });

  test('unsafe names get safe ones, reported by their original title', () => {
    expect(pageOfFile('names/a#b/index.md')).toMatchObject({
      output: 'names/a_b.md',
      renamedFrom: 'names/a#b',
    });
    expect(pageOfFile('names/.hidden/index.md')?.output).toBe('names/_hidden.md');
    expect(pageOfFile('names/what?/index.md')?.output).toBe('names/what_.md');
    expect(pageOfFile('names/.../index.md')?.output).toBe('names/_.md');
    expect(pageOfFile('names/with space/index.md')).toMatchObject({
      output: 'names/with_space.md',
      renamedFrom: undefined,
    });
    expect(pageOfFile('names/Ünïcode (2)/index.md')?.output).toBe('names/Ünïcode_(2).md');
    expect(pageOfFile('names/€uro/index.md')?.output).toBe('names/_uro.md');
  });

  test('no path leaves the root, and only .md files are pages', () => {
    expect(pageOfFile('../outside/index.md')).toBeUndefined();
    expect(pageOfFile('a/../../b/index.md')).toBeUndefined();
    expect(pageOfFile('a/notes.txt')).toBeUndefined();
  });

  test('safeSegment never returns a name a URL or file system treats specially', () => {
    for (const segment of ['.', '..', '', '%2e%2e', 'a/b', 'a\\b', 'CON:', '*?"<>|'])
      expect(safeSegment(segment)).toMatch(/^[\p{L}\p{N}_\-~()!,'+]+$/u);
  });
});
