/**
 * The receiver document of the cross-document demo (a same-origin iframe). The part between the
 * region markers is shown on the page as the code that runs; the rest wires it to the demo.
 *
 * Security: any website can frame this page and post it messages. It acts only as its demo set
 * it up: with the site's origin (not sandboxed), framed by a page of the site; and it listens
 * only to that page and the frames that page made, since a page of the site may itself be framed
 * by another site, which can then post to its frames. What it reports goes to the site's origin.
 */
import { inspectMessageEvent, type InspectorRow } from '~/lib/messaging/inspect';
import { createOriginAllowlist, isAllowedOrigin } from '~/lib/messaging/origin-allowlist';
import { sameOriginFrameRefusal } from '~/lib/messaging/frame-guards';
import { isConfigureReceiver, isGreeting, type ReceiverReport } from '../protocol';
import { currentFramePlace, showRefusal } from './frame-place';

let checkOrigin = true;

/** Tells the demo page what the receiver did, with the event as the receiver saw it. */
function report(verdict: ReceiverReport['verdict'], reason: string, rows: InspectorRow[]): void {
  const message: ReceiverReport = { wp: 'report', verdict, reason, rows };
  parent.postMessage(message, location.origin);
}

/** Whether a window is the demo page or a frame it made (such as the sandboxed sender). */
function isOfDemoPage(source: MessageEventSource | null): boolean {
  if (source === parent) return true;
  for (let index = 0; index < parent.frames.length; index++) {
    if (parent.frames[index] === source) return true;
  }
  return false;
}

// Registered before the receiver below, so it runs first: what does not come from the demo
// page stops here, and so does everything when this frame is not where its page put it.
const refusal = sameOriginFrameRefusal(currentFramePlace());
if (refusal !== undefined) showRefusal(refusal);
addEventListener('message', (event) => {
  if (refusal !== undefined || !isOfDemoPage(event.source)) event.stopImmediatePropagation();
});

const describeSource = (source: unknown) =>
  source === parent
    ? 'WindowProxy of the demo page (the parent)'
    : 'WindowProxy of another frame (cross-origin)';

// #region receiver
const allowedOrigins = createOriginAllowlist([location.origin]);

addEventListener('message', (event) => {
  if (
    event.source === parent &&
    event.origin === location.origin &&
    isConfigureReceiver(event.data)
  ) {
    checkOrigin = event.data.checkOrigin;
    return;
  }
  const seen = inspectMessageEvent(event, describeSource);

  if (checkOrigin && !isAllowedOrigin(allowedOrigins, event.origin)) {
    report('rejected', `origin ${JSON.stringify(event.origin)} is not on the allow-list`, seen);
    return;
  }
  if (!isGreeting(event.data)) {
    report('invalid', 'the data is not a { type: "greeting", text } message', seen);
    return;
  }

  report('accepted', `greeting from ${JSON.stringify(event.origin)}`, seen);
  const sender = event.source as WindowProxy;
  // An opaque origin ("null") cannot be named as a target: only "*" reaches it.
  const targetOrigin = event.origin === 'null' ? '*' : event.origin;
  sender.postMessage({ type: 'reply', text: `${event.data.text} back` }, targetOrigin);
});
// #endregion
