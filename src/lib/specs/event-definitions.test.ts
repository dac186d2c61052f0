import { describe, expect, test } from 'vitest';
import {
  checkEventFacts,
  definitionsOf,
  eventTargetsView,
  type EventDataLookups,
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

describe('definitionsOf against the real @webref/events', () => {
  const message = definitionsOf(events, 'message');

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

describe('eventTargetsView', () => {
  const definitions: EventDefinition[] = [
    {
      type: 'ping',
      href: 'https://a.test/#event-ping',
      interface: 'PingEvent',
      targets: [{ target: 'Window' }, { target: 'Worker' }, { target: 'Added' }],
      extendedIn: [{ spec: 'extension' }],
    },
    {
      type: 'ping',
      href: 'https://b.test/#eventdef-worker-ping',
      interface: 'PingEvent',
      targets: [{ target: 'Worker' }, { target: 'Scope' }],
    },
    {
      type: 'ping',
      href: 'https://c.test/#dfn-ping',
      interface: 'OtherPingEvent',
      targets: [{ target: 'Media' }],
    },
    {
      type: 'ping',
      href: 'https://d.test/#eventdef-gone-ping',
      interface: 'PingEvent',
      targets: [{ target: 'Gone' }],
    },
  ];
  const lookups: EventDataLookups = {
    specNameOf: (href) =>
      ({ a: 'A', b: 'B', c: 'C', d: 'D' })[new URL(href ?? 'https://x.test').host[0] ?? 'x'] ?? 'X',
    specByShortname: (name) =>
      name === 'extension' ? { name: 'Extension', href: 'https://e.test/' } : undefined,
    idlSpecOf: (name) => (name === 'Added' ? 'extension' : 'a'),
    featureOf: (name) =>
      name === 'Worker' || name === 'Scope' ? { id: 'workers', name: 'Workers' } : undefined,
    isShipped: (name) => name !== 'Gone',
    hasHandler: (name) => name !== 'Scope',
    anchorLabel: (anchor) => `label of ${anchor}`,
  };
  const view = eventTargetsView(
    definitions,
    facts(
      [
        { interface: 'Worker', when: 'the worker posts' },
        { interface: 'Window', when: 'a window posts' },
      ],
      { interface: 'PingEvent', handler: 'onping' }
    ),
    lookups
  );

  test('one row per target however many specs define it, with each spec once', () => {
    const rows = view.groups.flatMap((g) => g.targets);
    expect(rows.map((r) => r.interface)).toEqual(['Worker', 'Scope', 'Window', 'Added']);
    expect(rows[0]?.specs).toEqual([
      { name: 'A', href: 'https://a.test/#event-ping' },
      { name: 'B', href: 'https://b.test/#eventdef-worker-ping' },
    ]);
  });

  test('groups targets by web feature, in the page’s order, with the page’s words', () => {
    expect(view.groups.map((g) => [g.label, g.targets.map((t) => [t.interface, t.when])])).toEqual([
      [
        'Workers',
        [
          ['Worker', 'the worker posts'],
          ['Scope', undefined],
        ],
      ],
      ['Window', [['Window', 'a window posts']]],
      ['Added', [['Added', undefined]]],
    ]);
  });

  test('a target an extending spec adds is credited to that spec', () => {
    const added = view.groups.flatMap((g) => g.targets).find((t) => t.interface === 'Added');
    expect(added?.specs).toEqual([{ name: 'Extension', href: 'https://e.test/' }]);
  });

  test('another interface under the same name, and unshipped targets, are kept apart', () => {
    expect(view.otherInterfaces).toEqual([
      {
        interface: 'Media',
        eventInterface: 'OtherPingEvent',
        specs: [{ name: 'C', href: 'https://c.test/#dfn-ping' }],
      },
    ]);
    expect(view.notShipped.map((t) => t.interface)).toEqual(['Gone']);
    const shown = view.groups.flatMap((g) => g.targets.map((t) => t.interface));
    expect(shown).not.toContain('Media');
    expect(shown).not.toContain('Gone');
  });

  test('says which targets lack the handler property', () => {
    const rows = view.groups.flatMap((g) => g.targets);
    expect(rows.filter((r) => !r.hasHandler).map((r) => r.interface)).toEqual(['Scope']);
  });

  test('keeps every definition, labelled, for the full data', () => {
    expect(view.definitions.map((d) => [d.spec, d.label, d.eventInterface])).toEqual([
      ['A', 'label of event-ping', 'PingEvent'],
      ['B', 'label of eventdef-worker-ping', 'PingEvent'],
      ['C', 'label of dfn-ping', 'OtherPingEvent'],
      ['D', 'label of eventdef-gone-ping', 'PingEvent'],
    ]);
    expect(view.definitions[3]?.targets).toEqual([{ interface: 'Gone', shipped: false }]);
    expect(view.specs.map((s) => s.name)).toEqual(['A', 'B', 'Extension']);
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
