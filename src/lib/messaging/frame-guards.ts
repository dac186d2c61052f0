/**
 * When a demo frame document may act. A frame is a public URL: any website can frame it, with or
 * without a sandbox, and post it any message. So each frame acts only in the state its own page
 * creates, and only on messages from that page:
 *
 * - a sandboxed frame (the code runner, the sandboxed sender) must have an opaque origin, i.e. be
 *   sandboxed without `allow-same-origin`; framed without a sandbox it would run with the site's
 *   origin, its storage and its cookies;
 * - the same-origin frame (the receiver) must have the site's origin and a parent that is a page
 *   of the site, which it proves by reading its parent's origin (only same-origin pages can);
 * - commands come only from the parent (`event.source`) at the site's origin (`event.origin`).
 *
 * The site's origin is the origin of the frame's own URL (`location.origin`): a sandbox makes the
 * document's origin opaque but does not change its URL.
 * Pure: the frame passes in what it sees.
 */

/** Where a frame document runs, as it sees it. */
export interface FramePlace {
  /** The document's origin, `self.origin`: "null" when sandboxed without allow-same-origin. */
  origin: string;
  /** The origin of the document's URL, `location.origin`: the site's origin. */
  siteOrigin: string;
  /** Whether the document is in a frame at all (`parent !== self`). */
  framed: boolean;
  /** The parent document's origin when the frame can read it (same origin), else undefined. */
  parentOrigin?: string | undefined;
}

/** The serialization of an opaque origin. */
const OPAQUE = 'null';

/**
 * Why a frame that must run sandboxed (opaque origin) refuses to act here, or undefined when it
 * may. The reason completes the sentence "This frame does nothing here: …".
 */
export function sandboxedFrameRefusal(place: FramePlace): string | undefined {
  if (!place.framed) return 'it is not in a frame';
  if (place.origin !== OPAQUE)
    return `it is not sandboxed (its origin is ${place.origin}, not opaque)`;
  return undefined;
}

/**
 * Why the same-origin frame refuses to act here, or undefined when it may: it must have the
 * site's origin and be framed by a page of the site.
 */
export function sameOriginFrameRefusal(place: FramePlace): string | undefined {
  if (!place.framed) return 'it is not in a frame';
  if (place.origin !== place.siteOrigin)
    return `its origin is ${place.origin}, not the site's (it is sandboxed)`;
  if (place.parentOrigin !== place.siteOrigin)
    return 'the page that frames it is not a page of this site';
  return undefined;
}

/** What a guard reads of a message event. */
export interface MessageSender {
  source: unknown;
  origin: string;
}

/** Whether a message comes from the frame's own page: its parent, at the site's origin. */
export function isFromOwnPage(event: MessageSender, parent: unknown, siteOrigin: string): boolean {
  return siteOrigin !== OPAQUE && event.source === parent && event.origin === siteOrigin;
}
