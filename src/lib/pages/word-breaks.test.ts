import { describe, expect, test } from 'vitest';
import { breakableHtml, breakPieces } from './word-breaks';

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

describe('breakableHtml', () => {
  test('marks the break opportunities with <wbr> and escapes the text', () => {
    expect(breakableHtml('CanvasRenderingContext2D.getImageData')).toBe(
      'Canvas<wbr>Rendering<wbr>Context2D.<wbr>get<wbr>Image<wbr>Data'
    );
    expect(breakableHtml('a <b> & "c"')).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
    expect(breakableHtml('<script>alert(1)</script>LongEnoughNameForBreaks')).not.toContain(
      '<script>'
    );
  });
});
