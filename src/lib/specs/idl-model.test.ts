import { describe, expect, test } from 'vitest';
import { parse, type IDLRootType } from 'webidl2';
import {
  buildIdlIndex,
  findMember,
  handlerDeclarations,
  memberAnchor,
  membersOf,
  typeText,
} from './idl-model';
import { idl } from '~/data/idl';

const fixture = buildIdlIndex({
  a: parse(`
    [Exposed=Window] interface Base { readonly attribute DOMString id; };
    [Exposed=Window] interface Thing : Base {
      constructor(optional DOMString name = "");
      readonly attribute (long or DOMString)? value;
      attribute FrozenArray<Thing> children;
      undefined go(long times, Thing... rest);
      const unsigned short MODE = 1;
      static Thing make();
    };
    interface mixin Handlers { attribute EventHandler onping; };
    Thing includes Handlers;
    dictionary ThingInit { long size = 0; };
  `) as IDLRootType[],
  b: parse(`partial interface Thing { readonly attribute boolean extra; };`) as IDLRootType[],
});

describe('typeText', () => {
  test('writes unions, generics and nullability as IDL does', () => {
    const members = membersOf(fixture, 'Thing') ?? [];
    expect(members.find((m) => m.name === 'value')?.type).toBe('(long or DOMString)?');
    expect(members.find((m) => m.name === 'children')?.type).toBe('FrozenArray<Thing>');
    expect(typeText(undefined)).toBe('undefined');
  });
});

describe('buildIdlIndex and membersOf', () => {
  test('merges partials from other specs and the mixins an interface includes', () => {
    const members = membersOf(fixture, 'Thing') ?? [];
    expect(members.map((m) => [m.name, m.kind, m.spec])).toEqual([
      ['constructor', 'constructor', 'a'],
      ['value', 'attribute', 'a'],
      ['children', 'attribute', 'a'],
      ['go', 'operation', 'a'],
      ['MODE', 'const', 'a'],
      ['make', 'static operation', 'a'],
      ['extra', 'attribute', 'b'],
      ['onping', 'attribute', 'a'],
    ]);
    expect(members.find((m) => m.name === 'onping')?.from).toBe('Handlers');
    expect(members.find((m) => m.name === 'go')?.from).toBeUndefined();
    expect(members.find((m) => m.name === 'go')?.signature).toBe('(long times, Thing... rest)');
    expect(members.find((m) => m.name === 'value')?.readonly).toBe(true);
    expect(members.find((m) => m.name === 'children')?.readonly).toBe(false);
    expect(fixture.interfaces.get('Thing')?.inherits).toBe('Base');
    expect(fixture.interfaces.get('Thing')?.definitions.map((d) => d.spec)).toEqual(['a', 'b']);
  });

  test('memberAnchor: dom- for members, handler- for event handler attributes, on their declarer', () => {
    const html = 'https://html.spec.whatwg.org/multipage/web-messaging.html';
    expect(memberAnchor(html, 'MessagePort', 'postMessage', 'undefined')).toBe(
      `${html}#dom-messageport-postmessage`
    );
    expect(memberAnchor(html, 'MessageEventTarget', 'onmessage', 'EventHandler')).toBe(
      `${html}#handler-messageeventtarget-onmessage`
    );
    expect(memberAnchor(html, 'MessageChannel', 'constructor')).toBe(
      `${html}#dom-messagechannel-messagechannel`
    );
  });

  test('findMember walks inheritance', () => {
    expect(findMember(fixture, 'Thing', 'id')).toMatchObject({
      name: 'id',
      on: 'Base',
      type: 'DOMString',
    });
    expect(findMember(fixture, 'Thing', 'nope')).toBeUndefined();
  });

  test('handlerDeclarations names the interfaces and the mixin', () => {
    expect(handlerDeclarations(fixture, 'onping')).toEqual([
      { interface: 'Thing', via: 'Handlers', spec: 'a' },
    ]);
  });
});

describe('against the real @webref/idl', () => {
  test('MessageEvent has the five attributes with the IDL’s own types', () => {
    const members = membersOf(idl(), 'MessageEvent') ?? [];
    const attributes = members.filter((m) => m.kind === 'attribute').map((m) => m.name);
    expect(attributes).toEqual(
      expect.arrayContaining(['data', 'origin', 'lastEventId', 'source', 'ports'])
    );
    // The written definition parses back to the IDL it came from.
    const [definition] = parse(idl().interfaces.get('MessageEvent')?.definitions[0]?.idl ?? '');
    if (definition?.type !== 'interface') throw new Error('MessageEvent is not an interface');
    for (const member of definition.members ?? []) {
      if (member.type !== 'attribute' || !member.name) continue;
      expect(members.find((m) => m.name === member.name)?.type).toBe(typeText(member.idlType));
    }
  });

  test('onmessage is declared where the IDL declares it', () => {
    const declared = handlerDeclarations(idl(), 'onmessage').map((d) => d.interface);
    const direct = [...idl().interfaces]
      .filter(([, i]) => i.members.some((m) => m.name === 'onmessage'))
      .map(([n]) => n);
    const viaMixins = [...idl().mixins]
      .filter(([, m]) => m.members.some((x) => x.name === 'onmessage'))
      .flatMap(([name]) => idl().includedBy.get(name) ?? []);
    expect(declared.sort()).toEqual([...direct, ...viaMixins].sort());
    expect(declared).toContain('Window');
  });
});
