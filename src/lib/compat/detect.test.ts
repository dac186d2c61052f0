import { describe, expect, test } from 'vitest';
import { detect, detectionFor } from './detect';

describe('detectionFor', () => {
  test.each([
    ['api.MessageChannel', { kind: 'global', name: 'MessageChannel' }],
    ['api.MessageChannel.MessageChannel', { kind: 'global', name: 'MessageChannel' }],
    ['api.Window.message_event', { kind: 'handler', owner: 'Window', handler: 'onmessage' }],
    ['api.MessagePort.start', { kind: 'member', owner: 'MessagePort', member: 'start' }],
    ['api.MessagePort.postMessage.transfer', { kind: 'none' }],
    ['css.properties.color', { kind: 'none' }],
  ])('%s', (key, detection) => {
    expect(detectionFor(key)).toEqual(detection);
  });
});

describe('detect', () => {
  class Port {
    start() {}
    onmessage = null;
  }
  class Scope {}
  const scope = Object.assign(new Scope(), { Port, Scope, onmessage: null, Extra: 1 });

  test('globals exist or not', () => {
    expect(detect({ kind: 'global', name: 'Port' }, scope)).toBe(true);
    expect(detect({ kind: 'global', name: 'Missing' }, scope)).toBe(false);
  });

  test('members on the prototype, and handlers on a global scope itself', () => {
    expect(detect({ kind: 'member', owner: 'Port', member: 'start' }, scope)).toBe(true);
    expect(detect({ kind: 'member', owner: 'Port', member: 'close' }, scope)).toBe(false);
    expect(detect({ kind: 'handler', owner: 'Scope', handler: 'onmessage' }, scope)).toBe(true);
    expect(detect({ kind: 'handler', owner: 'Scope', handler: 'onclose' }, scope)).toBe(false);
  });

  test('an interface this context lacks cannot be told', () => {
    expect(
      detect({ kind: 'handler', owner: 'DedicatedWorkerGlobalScope', handler: 'onmessage' }, scope)
    ).toBeUndefined();
    expect(detect({ kind: 'none' }, scope)).toBeUndefined();
  });
});
