/**
 * What a demo frame document can see of where it runs, for the guards of
 * `~/lib/messaging/frame-guards`, and the note it shows when it refuses to act.
 */
import type { FramePlace } from '~/lib/messaging/frame-guards';

/** This document's place: its origin, its URL's origin and, when readable, its parent's origin. */
export function currentFramePlace(): FramePlace {
  const framed = parent !== self;
  let parentOrigin: string | undefined;
  try {
    // Reading another origin's location throws a SecurityError: only a same-origin parent answers.
    parentOrigin = framed ? parent.location.origin : undefined;
  } catch {
    parentOrigin = undefined;
  }
  return { origin: self.origin, siteOrigin: location.origin, framed, parentOrigin };
}

/** Says in the frame, for whoever sees it, why it does nothing. */
export function showRefusal(reason: string): void {
  const note = document.createElement('p');
  note.dataset['wpRefused'] = '';
  note.textContent = `This frame does nothing here: ${reason}. It works only in the live demos of ${location.origin}.`;
  (document.querySelector('main') ?? document.body).append(note);
}
