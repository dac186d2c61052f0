import { describe, expect, test } from 'vitest';
import { cspMetaProblem } from './head-order';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe('cspMetaProblem', () => {
  test('the policy right after the character set, or first, is in place', () => {
    expect(cspMetaProblem(`<html><head><meta charset="utf-8">${csp}<title>t</title>`)).toBe(
      undefined
    );
    expect(cspMetaProblem(`<head>${csp}<meta charset=utf-8></head>`)).toBe(undefined);
  });

  test('anything else before it is named: scripts, styles, links, other metas', () => {
    expect(
      cspMetaProblem(
        `<head><meta charset="utf-8"><script>const csp = '${csp}';</script><link rel="icon" href="/f.svg">${csp}</head>`
      )
    ).toBe('the Content-Security-Policy <meta> comes after <script>, <link>');
    expect(
      cspMetaProblem(`<head><meta name="viewport" content="width=device-width">${csp}</head>`)
    ).toBe('the Content-Security-Policy <meta> comes after <meta>');
  });

  test('a policy in a script’s text or in the body does not count', () => {
    expect(cspMetaProblem(`<head><script>'${csp}'</script></head><body>${csp}</body>`)).toBe(
      'the head has no Content-Security-Policy <meta>'
    );
    expect(cspMetaProblem('<p>no head</p>')).toBe('the document has no <head>');
  });
});
