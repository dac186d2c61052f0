import { describe, expect, test } from 'vitest';
import { DEMO_FRAMES } from '~/lib/messaging/demo-frames';
import { formatHeadersFile, headersForPath, siteHeaderRules } from './headers';

const file = formatHeadersFile(siteHeaderRules(Object.values(DEMO_FRAMES)));

describe('the _headers file', () => {
  test('every page: no framing by other sites, no sniffing, origin-only referrers', () => {
    expect(headersForPath(file, '/dom/Window/message')).toEqual([
      ['Content-Security-Policy', "frame-ancestors 'self'"],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ]);
  });

  test('the frames that must run sandboxed are sandboxed by the header too, at both URLs', () => {
    for (const path of ['/demo-frames/runner', '/demo-frames/runner.html']) {
      expect(headersForPath(file, path)).toContainEqual([
        'Content-Security-Policy',
        'sandbox allow-scripts',
      ]);
      expect(headersForPath(file, path)).toContainEqual([
        'Content-Security-Policy',
        "frame-ancestors 'self'",
      ]);
    }
    expect(headersForPath(file, '/demo-frames/sandboxed-sender')).toContainEqual([
      'Content-Security-Policy',
      'sandbox allow-scripts',
    ]);
    // The receiver is same-origin by design: no sandbox.
    expect(headersForPath(file, '/demo-frames/receiver').map(([, value]) => value)).not.toContain(
      'sandbox allow-scripts'
    );
    // A path that only starts like a frame's is not that frame.
    expect(headersForPath(file, '/demo-frames/runner-notes')).toHaveLength(3);
  });

  test('the file is in the hosts’ format: a path, then indented headers', () => {
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'\n/);
    expect(file).toContain(
      '/demo-frames/runner\n  Content-Security-Policy: sandbox allow-scripts\n'
    );
  });

  test('a frame path or sandbox that would break the file fails', () => {
    expect(() => siteHeaderRules([{ path: '/a b', sandbox: 'allow-scripts' }])).toThrow(
      'A frame\'s path must be a plain absolute path, not "/a b"'
    );
    expect(() => siteHeaderRules([{ path: '/f', sandbox: 'allow-scripts\n/*' }])).toThrow(
      'is not a list of sandbox keywords'
    );
  });
});
