/**
 * The receiver document of the cross-document demo (a same-origin iframe). The part between the
 * region markers is shown on the page as the code that runs; the rest wires it to the demo.
 */
import { inspectMessageEvent, type InspectorRow } from '~/lib/messaging/inspect';
import { createOriginAllowlist, isAllowedOrigin } from '~/lib/messaging/origin-allowlist';
import { isConfigureReceiver, isGreeting, type ReceiverReport } from '../protocol';

let checkOrigin = true;

/** Tells the demo page what the receiver did, with the event as the receiver saw it. */
function report(verdict: ReceiverReport['verdict'], reason: string, rows: InspectorRow[]): void {
  const message: ReceiverReport = { wp: 'report', verdict, reason, rows };
  parent.postMessage(message, location.origin);
}

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
