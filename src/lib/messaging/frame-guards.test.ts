import { describe, expect, test } from 'vitest';
import {
  isFromOwnPage,
  sameOriginFrameRefusal,
  sandboxedFrameRefusal,
  type FramePlace,
} from './frame-guards';

const SITE = 'https://reference.example';
const EVIL = 'https://evil.example';

/** The places a frame can find itself in, as a hostile page can arrange them. */
const places = {
  /** Its page framed it with sandbox="allow-scripts": how the demos frame the runner and sender. */
  sandboxedBySite: { origin: 'null', siteOrigin: SITE, framed: true },
  /** Framed by its page without a sandbox: how the demos frame the receiver. */
  unsandboxedBySite: { origin: SITE, siteOrigin: SITE, framed: true, parentOrigin: SITE },
  /** Framed by another site without a sandbox: the frame has the site's origin. */
  unsandboxedByEvil: { origin: SITE, siteOrigin: SITE, framed: true },
  /** Framed by another site with sandbox="allow-scripts allow-same-origin". */
  sameOriginSandboxByEvil: { origin: SITE, siteOrigin: SITE, framed: true },
  /** Framed by another site with sandbox="allow-scripts". */
  sandboxedByEvil: { origin: 'null', siteOrigin: SITE, framed: true },
  /** Opened as a page of its own. */
  topLevel: { origin: SITE, siteOrigin: SITE, framed: false },
} satisfies Record<string, FramePlace>;

describe('sandboxedFrameRefusal', () => {
  test('acts only with an opaque origin, in a frame', () => {
    expect(sandboxedFrameRefusal(places.sandboxedBySite)).toBeUndefined();
    // Another site may sandbox it too: then the messages it accepts are what protects it.
    expect(sandboxedFrameRefusal(places.sandboxedByEvil)).toBeUndefined();
  });

  test('refuses to run with the site’s origin, framed by anyone or opened on its own', () => {
    expect(sandboxedFrameRefusal(places.unsandboxedByEvil)).toBe(
      `it is not sandboxed (its origin is ${SITE}, not opaque)`
    );
    expect(sandboxedFrameRefusal(places.sameOriginSandboxByEvil)).toMatch(/not sandboxed/);
    expect(sandboxedFrameRefusal(places.unsandboxedBySite)).toMatch(/not sandboxed/);
    expect(sandboxedFrameRefusal(places.topLevel)).toBe('it is not in a frame');
  });
});

describe('sameOriginFrameRefusal', () => {
  test('acts with the site’s origin, framed by a page of the site', () => {
    expect(sameOriginFrameRefusal(places.unsandboxedBySite)).toBeUndefined();
  });

  test('refuses a parent of another site, a sandbox and a window of its own', () => {
    expect(sameOriginFrameRefusal(places.unsandboxedByEvil)).toBe(
      'the page that frames it is not a page of this site'
    );
    expect(sameOriginFrameRefusal(places.sameOriginSandboxByEvil)).toMatch(/not a page of this/);
    expect(sameOriginFrameRefusal(places.sandboxedByEvil)).toBe(
      "its origin is null, not the site's (it is sandboxed)"
    );
    expect(sameOriginFrameRefusal(places.topLevel)).toBe('it is not in a frame');
    expect(sameOriginFrameRefusal({ ...places.unsandboxedBySite, parentOrigin: EVIL })).toMatch(
      /not a page of this site/
    );
  });
});

describe('isFromOwnPage', () => {
  const parent = { name: 'the parent window' };
  const sibling = { name: 'another frame' };

  test('accepts the parent at the site’s origin only', () => {
    expect(isFromOwnPage({ source: parent, origin: SITE }, parent, SITE)).toBe(true);
    expect(isFromOwnPage({ source: parent, origin: EVIL }, parent, SITE)).toBe(false);
    expect(isFromOwnPage({ source: sibling, origin: SITE }, parent, SITE)).toBe(false);
    expect(isFromOwnPage({ source: null, origin: SITE }, parent, SITE)).toBe(false);
  });

  test('an opaque origin is never the site’s, even when both say "null"', () => {
    expect(isFromOwnPage({ source: parent, origin: 'null' }, parent, 'null')).toBe(false);
  });
});
