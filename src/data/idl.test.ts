import { describe, expect, test } from 'vitest';
import { specAnchorLabel } from './idl';

describe('specAnchorLabel with the real @webref/idl', () => {
  test.each([
    ['handler-window-onmessage', 'Window.onmessage'],
    ['handler-messageeventtarget-onmessage', 'MessageEventTarget.onmessage'],
    ['handler-broadcastchannel-onmessage', 'BroadcastChannel.onmessage'],
    ['dom-window-postmessage-options-dev', 'Window.postMessage()'],
    ['dom-messageport-start', 'MessagePort.start()'],
    ['eventdef-serviceworkerglobalscope-message', 'ServiceWorkerGlobalScope: message event'],
  ])('%s reads "%s"', (anchor, label) => {
    expect(specAnchorLabel(anchor)).toBe(label);
  });
});
