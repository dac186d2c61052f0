/**
 * The sandboxed sender of the cross-document demo: an iframe with `sandbox="allow-scripts"` and
 * no `allow-same-origin`, so its origin is opaque and its messages arrive with origin "null".
 * It acts only on commands from its parent, and tells the parent what it receives.
 */
import { isReply, isSandboxedNotice, isSendAsSandboxed, type SandboxedNotice } from '../protocol';
import { describeData } from '~/lib/messaging/inspect';

// The parent's origin is real even though ours is opaque; learn it from the first command.
let parentOrigin: string | undefined;

function notify(event: SandboxedNotice['event'], detail: string): void {
  const notice: SandboxedNotice = { wp: 'sandboxed', event, detail };
  if (isSandboxedNotice(notice)) parent.postMessage(notice, parentOrigin ?? '*');
}

addEventListener('message', (event) => {
  if (event.source === parent && isSendAsSandboxed(event.data)) {
    parentOrigin = event.origin;
    const target = parent.frames[event.data.frameIndex];
    target?.postMessage({ type: 'greeting', text: event.data.text }, '*');
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
  if (event.source === parent) parentOrigin = event.origin;
  notify(
    'messageerror',
    `messageerror from ${JSON.stringify(event.origin)}; event.data is ${describeData(event.data)}`
  );
});

notify('ready', 'the sandboxed frame is running with an opaque origin');
