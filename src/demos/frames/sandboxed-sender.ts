/**
 * The sandboxed sender of the cross-document demo: an iframe with `sandbox="allow-scripts"` and
 * no `allow-same-origin`, so its origin is opaque and its messages arrive with origin "null".
 *
 * Security: any website can frame this page. Framed without a sandbox it would have the site's
 * origin, and a greeting it sent would pass the receiver's origin check; so it acts only when its
 * own origin is opaque, on commands from its parent at the site's origin, and it sends greetings
 * and notices to the site's origin only. It reports only what comes from the site's origin (its
 * page and the receiver): other windows cannot fill the demo's log.
 */
import { describeData } from '~/lib/messaging/inspect';
import { isFromOwnPage, sandboxedFrameRefusal } from '~/lib/messaging/frame-guards';
import { isReply, isSandboxedNotice, isSendAsSandboxed, type SandboxedNotice } from '../protocol';
import { currentFramePlace, showRefusal } from './frame-place';

const siteOrigin = location.origin;

function notify(event: SandboxedNotice['event'], detail: string): void {
  const notice: SandboxedNotice = { wp: 'sandboxed', event, detail };
  if (isSandboxedNotice(notice)) parent.postMessage(notice, siteOrigin);
}

const refusal = sandboxedFrameRefusal(currentFramePlace());
if (refusal === undefined) {
  addEventListener('message', (event) => {
    if (event.origin !== siteOrigin) return;
    if (isFromOwnPage(event, parent, siteOrigin) && isSendAsSandboxed(event.data)) {
      // Only a document at the site's origin (the receiver) may get the greeting.
      parent.frames[event.data.frameIndex]?.postMessage(
        { type: 'greeting', text: event.data.text },
        siteOrigin
      );
      return;
    }
    if (isReply(event.data)) {
      notify('reply', `reply from ${JSON.stringify(event.origin)}: ${event.data.text}`);
      return;
    }
    notify(
      'message',
      `message from ${JSON.stringify(event.origin)}: ${describeData(event.data, 200)}`
    );
  });

  // Fired instead of `message` when data cannot be deserialized here, e.g. a WebAssembly.Module
  // from another agent cluster (this opaque-origin frame is one).
  addEventListener('messageerror', (event) => {
    if (event.origin !== siteOrigin) return;
    notify(
      'messageerror',
      `messageerror from ${JSON.stringify(event.origin)}; event.data is ${describeData(event.data)}`
    );
  });

  notify('ready', 'the sandboxed frame is running with an opaque origin');
} else {
  showRefusal(refusal);
}
