import { describe, expect, test } from 'vitest';
import { breakPieces } from './word-breaks';

describe('breakPieces', () => {
  test('long names fold after dots and between words of camel case', () => {
    expect(breakPieces('CanvasRenderingContext2D.getImageData')).toEqual([
      'Canvas',
      'Rendering',
      'Context2D.',
      'get',
      'Image',
      'Data',
    ]);
    expect(breakPieces('SVGComponentTransferFunctionElement')).toEqual([
      'SVGComponent',
      'Transfer',
      'Function',
      'Element',
    ]);
  });

  test('short names and spaces are left as they are', () => {
    expect(breakPieces('MessageEvent')).toEqual(['MessageEvent']);
    expect(breakPieces('type SVGComponentTransferFunctionElement')).toEqual([
      'type SVGComponent',
      'Transfer',
      'Function',
      'Element',
    ]);
    expect(breakPieces('Introduction to the Web Standards Curriculum')).toEqual([
      'Introduction to the Web Standards Curriculum',
    ]);
  });

  test('paths fold after their slashes and underscores', () => {
    expect(breakPieces('apis/web_animations/AnimationEffect')).toEqual([
      'apis/',
      'web_',
      'animations/',
      'Animation',
      'Effect',
    ]);
  });
});
