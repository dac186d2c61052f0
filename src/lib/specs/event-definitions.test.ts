import { describe, expect, test } from 'vitest';
import {
  checkEventFacts,
  definitionsOf,
  groupTargets,
  type EventDefinition,
} from './event-definitions';
import { readPackageJson } from '~/data/packages';
import { eventFactsSchema } from '~/schemas/event-facts';

const events = readPackageJson<EventDefinition[]>('@webref/events', 'events.json');
const facts = (
  targets: { interface: string; when: string; eventInterface?: string }[],
  extra = {}
) =>
  eventFactsSchema.parse({
    interface: 'MessageEvent',
    bubbles: false,
    cancelable: false,
    synchronous: false,
    handler: 'onmessage',
    targets,
    ...extra,
  });

describe('definitionsOf and groupTargets against the real @webref/events', () => {
  const message = definitionsOf(events, 'message');

  test('every target the data lists for message is in the groups, once per definition', () => {
    const groups = groupTargets(message, facts([{ interface: 'Window', when: 'w' }]));
    expect(groups.flatMap((g) => g.targets.map((t) => t.interface))).toEqual(
      message.flatMap((d) => d.targets.map((t) => t.target))
    );
    expect(groups.map((g) => g.href)).toEqual(message.map((d) => d.href));
    const window = groups.flatMap((g) => g.targets).find((t) => t.interface === 'Window');
    expect(window?.when).toBe('w');
  });

  test('the flagship’s targets all appear in the data', () => {
    const listed = new Set(message.flatMap((d) => d.targets.map((t) => t.target)));
    for (const target of [
      'Window',
      'Worker',
      'DedicatedWorkerGlobalScope',
      'MessagePort',
      'BroadcastChannel',
      'EventSource',
      'WebSocket',
      'ServiceWorkerContainer',
      'RTCDataChannel',
    ]) {
      expect(listed.has(target), target).toBe(true);
    }
  });
});

describe('checkEventFacts', () => {
  const message = definitionsOf(events, 'message');

  test('accepts facts that agree with the data', () => {
    expect(
      checkEventFacts(
        facts([
          { interface: 'Window', when: 'w' },
          {
            interface: 'ServiceWorkerGlobalScope',
            eventInterface: 'ExtendableMessageEvent',
            when: 's',
          },
        ]),
        'message',
        message
      )
    ).toEqual([]);
  });

  test('a target no spec lists fails with the field, the claim and what the data lists', () => {
    const [problem] = checkEventFacts(
      facts([{ interface: 'Element', when: 'never' }]),
      'message',
      message
    );
    expect(problem).toMatch(
      /^event\.targets\[0\]\.interface: the page says "Element", but no spec lists a "message" event there \(the specs list: .*Window/
    );
  });

  test('a wrong event interface fails naming both', () => {
    expect(
      checkEventFacts(
        facts([{ interface: 'ServiceWorkerGlobalScope', when: 's' }]),
        'message',
        message
      )
    ).toEqual([
      'event.interface: the page says "MessageEvent" for ServiceWorkerGlobalScope, the specs say "ExtendableMessageEvent"',
    ]);
  });

  test('bubbles and cancelable that disagree with the data fail; data that says nothing does not', () => {
    const data: EventDefinition[] = [
      {
        type: 'ping',
        interface: 'MessageEvent',
        cancelable: false,
        targets: [{ target: 'A', bubbles: false }, { target: 'B' }],
      },
    ];
    expect(
      checkEventFacts(
        facts([{ interface: 'A', when: 'a' }], { bubbles: true, cancelable: true }),
        'ping',
        data
      )
    ).toEqual([
      'event.bubbles: the page says true, the specs say false for A',
      'event.cancelable: the page says true, the specs say false for A',
    ]);
    expect(
      checkEventFacts(facts([{ interface: 'B', when: 'b' }], { bubbles: true }), 'ping', data)
    ).toEqual([]);
  });

  test('an event no spec defines fails', () => {
    expect(checkEventFacts(facts([{ interface: 'Window', when: 'w' }]), 'mesage', [])).toEqual([
      'no specification defines an event named "mesage"',
    ]);
  });
});
