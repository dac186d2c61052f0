/**
 * Interfaces, members and event handlers from the specifications' own WebIDL (`@webref/idl`,
 * parsed with webidl2). Pure: the parsed definitions come in as arguments.
 */
import { parse, write, type IDLMember, type IDLRootType, type IDLTypeDescription } from 'webidl2';

/** A member of an interface as the reference shows it. */
export interface IdlMember {
  name: string;
  kind:
    'attribute' | 'operation' | 'constructor' | 'const' | 'static attribute' | 'static operation';
  /** The WebIDL type (of an attribute or const) or return type (of an operation). */
  type: string;
  readonly: boolean;
  /** Arguments of an operation or constructor, as written in IDL. */
  signature: string;
  /** The short name of the spec that defines it (`html`). */
  spec: string;
  /** The mixin the interface has it from (`MessageEventTarget`), when not its own. */
  from?: string | undefined;
}

/** An interface with everything its definitions, partials and mixins give it. */
export interface IdlInterface {
  name: string;
  inherits: string | undefined;
  members: IdlMember[];
  /** Mixins it includes. */
  mixins: string[];
  /** The definitions it is made of, with their spec, for the IDL block. */
  definitions: IdlDefinition[];
}

/**
 * A definition as its spec writes it (webidl2's writer, which keeps the source's comments and
 * spacing). Text rather than webidl2's objects: an index parsed on another thread arrives as a
 * structured clone, which keeps data and drops the objects' methods.
 */
export interface IdlDefinition {
  spec: string;
  idl: string;
}

/** Every interface, mixin and dictionary of the platform, merged across specs. */
export interface IdlIndex {
  interfaces: Map<string, IdlInterface>;
  mixins: Map<string, IdlInterface>;
  dictionaries: Map<string, IdlDefinition[]>;
  /** Mixin name → interfaces that include it. */
  includedBy: Map<string, string[]>;
}

/** A WebIDL type as written: `FrozenArray<MessagePort>`, `MessageEventSource?`, `(A or B)`. */
export function typeText(type: IDLTypeDescription | null | undefined): string {
  if (!type) return 'undefined';
  const inner = Array.isArray(type.idlType) ? type.idlType.map(typeText) : [type.idlType];
  const text = type.union
    ? `(${inner.join(' or ')})`
    : type.generic
      ? `${type.generic}<${inner.join(', ')}>`
      : (inner[0] ?? '');
  return type.nullable ? `${text}?` : text;
}

function memberOf(member: IDLMember, spec: string): IdlMember | undefined {
  const args = `(${(member.arguments ?? []).map((a) => `${a.optional ? 'optional ' : ''}${typeText(a.idlType)}${a.variadic ? '...' : ''} ${a.name}`).join(', ')})`;
  const isStatic = member.special === 'static';
  switch (member.type) {
    case 'attribute':
      return member.name
        ? {
            name: member.name,
            kind: isStatic ? 'static attribute' : 'attribute',
            type: typeText(member.idlType),
            readonly: member.readonly === true,
            signature: '',
            spec,
          }
        : undefined;
    case 'operation':
      return member.name
        ? {
            name: member.name,
            kind: isStatic ? 'static operation' : 'operation',
            type: typeText(member.idlType),
            readonly: false,
            signature: args,
            spec,
          }
        : undefined;
    case 'constructor':
      return {
        name: 'constructor',
        kind: 'constructor',
        type: '',
        readonly: false,
        signature: args,
        spec,
      };
    case 'const':
      return member.name
        ? {
            name: member.name,
            kind: 'const',
            type: typeText(member.idlType),
            readonly: true,
            signature: '',
            spec,
          }
        : undefined;
    default:
      return undefined;
  }
}

/** Merges the parsed IDL of every spec into one index. */
export function buildIdlIndex(bySpec: Readonly<Record<string, readonly IDLRootType[]>>): IdlIndex {
  const index: IdlIndex = {
    interfaces: new Map(),
    mixins: new Map(),
    dictionaries: new Map(),
    includedBy: new Map(),
  };
  const entry = (map: Map<string, IdlInterface>, name: string) => {
    let found = map.get(name);
    if (!found) {
      found = { name, inherits: undefined, members: [], mixins: [], definitions: [] };
      map.set(name, found);
    }
    return found;
  };
  for (const [spec, definitions] of Object.entries(bySpec)) {
    for (const definition of definitions) {
      if (definition.type === 'interface' || definition.type === 'interface mixin') {
        const target = entry(
          definition.type === 'interface' ? index.interfaces : index.mixins,
          definition.name
        );
        if (!definition.partial && definition.inheritance) target.inherits = definition.inheritance;
        // The main definition first, then partials, so the IDL block reads in order.
        const written = { spec, idl: write([definition]) };
        if (definition.partial) target.definitions.push(written);
        else target.definitions.unshift(written);
        for (const member of definition.members ?? []) {
          const model = memberOf(member, spec);
          if (model) target.members.push(model);
        }
      } else if (definition.type === 'dictionary') {
        index.dictionaries.set(definition.name, [
          ...(index.dictionaries.get(definition.name) ?? []),
          { spec, idl: write([definition]) },
        ]);
      } else if (definition.type === 'includes' && definition.target && definition.includes) {
        entry(index.interfaces, definition.target).mixins.push(definition.includes);
        index.includedBy.set(definition.includes, [
          ...(index.includedBy.get(definition.includes) ?? []),
          definition.target,
        ]);
      }
    }
  }
  return index;
}

/** An interface's own members and those of the mixins it includes. */
export function membersOf(index: IdlIndex, name: string): readonly IdlMember[] | undefined {
  let byName = memberLists.get(index);
  if (!byName) memberLists.set(index, (byName = new Map()));
  if (byName.has(name)) return byName.get(name);
  const found = index.interfaces.get(name);
  const members = found && [
    ...found.members,
    ...found.mixins.flatMap((mixin) =>
      (index.mixins.get(mixin)?.members ?? []).map((member) => ({ ...member, from: mixin }))
    ),
  ];
  byName.set(name, members);
  return members;
}

/** Each index's interfaces' member lists, made once: every property row and target asks. */
const memberLists = new WeakMap<IdlIndex, Map<string, readonly IdlMember[] | undefined>>();

/** The index of IDL files' texts by spec short name (`html` → the text of `html.idl`). */
export function idlIndexFromTexts(texts: Readonly<Record<string, string>>): IdlIndex {
  return buildIdlIndex(
    Object.fromEntries(Object.entries(texts).map(([spec, text]) => [spec, parse(text)]))
  );
}

/** A member looked up on an interface, its mixins and the interfaces it inherits from. */
export function findMember(
  index: IdlIndex,
  name: string,
  member: string
): (IdlMember & { on: string }) | undefined {
  for (
    let current: string | undefined = name;
    current;
    current = index.interfaces.get(current)?.inherits
  ) {
    const found = membersOf(index, current)?.find((m) => m.name === member);
    if (found) return { ...found, on: current };
  }
  return undefined;
}

/**
 * Where an event handler attribute such as `onmessage` is declared: each interface that has it,
 * directly or through a mixin (named in `via`).
 */
export function handlerDeclarations(index: IdlIndex, handler: string): HandlerDeclaration[] {
  let byHandler = handlerIndexes.get(index);
  if (!byHandler) handlerIndexes.set(index, (byHandler = indexHandlers(index)));
  return [...(byHandler.get(handler) ?? [])];
}

/** An interface that has an event handler attribute, directly or through a mixin (`via`). */
export interface HandlerDeclaration {
  interface: string;
  via: string | undefined;
  spec: string;
}

/** Each index's handler declarations by attribute name, made once for every event page. */
const handlerIndexes = new WeakMap<IdlIndex, Map<string, HandlerDeclaration[]>>();

function indexHandlers(index: IdlIndex): Map<string, HandlerDeclaration[]> {
  const byHandler = new Map<string, HandlerDeclaration[]>();
  const add = (handler: string, declaration: HandlerDeclaration) => {
    const list = byHandler.get(handler);
    if (list) list.push(declaration);
    else byHandler.set(handler, [declaration]);
  };
  // The first declaration of each handler per interface or mixin, as a lookup would find it.
  const firstHandlers = (members: readonly IdlMember[]) => [
    ...new Map(
      members
        .filter((m) => m.type === 'EventHandler')
        .reverse()
        .map((m) => [m.name, m])
    ).values(),
  ];
  for (const [name, item] of index.interfaces)
    for (const member of firstHandlers(item.members))
      add(member.name, { interface: name, via: undefined, spec: member.spec });
  for (const [name, mixin] of index.mixins)
    for (const member of firstHandlers(mixin.members))
      for (const target of index.includedBy.get(name) ?? [])
        add(member.name, { interface: target, via: name, spec: member.spec });
  for (const list of byHandler.values())
    list.sort((a, b) => a.interface.localeCompare(b.interface));
  return byHandler;
}

/**
 * The link to a member's definition in its spec. HTML and Bikeshed name definitions
 * `dom-<interface>-<member>` (a constructor: `dom-<interface>-<interface>`); HTML names its event
 * handler attributes (type `EventHandler`) `handler-<interface>-<member>`. `interfaceName` is
 * the interface or mixin that declares the member.
 */
export function memberAnchor(
  specUrl: string,
  interfaceName: string,
  member: string,
  type?: string
): string {
  const name = (member === 'constructor' ? interfaceName : member).toLowerCase();
  const prefix = type === 'EventHandler' ? 'handler' : 'dom';
  return `${specUrl}#${prefix}-${interfaceName.toLowerCase()}-${name}`;
}
