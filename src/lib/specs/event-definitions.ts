/**
 * Event facts from the specifications' own data (`@webref/events`), and the check of a page's
 * hand-written facts against it. Pure: the data comes in as arguments.
 */
import type { EventFacts } from '~/schemas/event-facts';

/** One event definition as @webref/events publishes it. */
export interface EventDefinition {
  type: string;
  href?: string;
  interface?: string;
  bubbles?: boolean;
  cancelable?: boolean;
  targets: { target: string; bubbles?: boolean }[];
  src?: { href?: string };
  /** Specs that add targets to this definition (the Presentation API adds one to HTML's). */
  extendedIn?: { spec: string }[];
}

/** A disagreement between a page and the spec data. */
export class EventFactsError extends Error {
  constructor(filePath: string, problems: readonly string[]) {
    super(
      [
        `${filePath}: the event facts contradict the specifications' data (@webref/events):`,
        ...problems.map((p) => `  ${p}`),
      ].join('\n')
    );
    this.name = 'EventFactsError';
  }
}

/** Every definition of an event type, in the data's order. */
export function definitionsOf(events: readonly EventDefinition[], type: string): EventDefinition[] {
  let byType = eventsByType.get(events);
  if (!byType) {
    byType = new Map();
    for (const event of events) {
      const list = byType.get(event.type);
      if (list) list.push(event);
      else byType.set(event.type, [event]);
    }
    eventsByType.set(events, byType);
  }
  return [...(byType.get(type) ?? [])];
}

/** Each events list by type, made once: every event page looks its type up. */
const eventsByType = new WeakMap<readonly EventDefinition[], Map<string, EventDefinition[]>>();

/**
 * Every claim of a page's event facts that the spec data contradicts: a target no spec lists for
 * the event, an event interface that differs, bubbles or cancelable that disagree. A fact the
 * data lacks (no bubbles value, say) is the page's own claim and is not an error.
 */
export function checkEventFacts(
  facts: EventFacts,
  type: string,
  definitions: readonly EventDefinition[]
): string[] {
  if (definitions.length === 0) return [`no specification defines an event named "${type}"`];
  const problems: string[] = [];
  facts.targets.forEach((claim, index) => {
    const field = `event.targets[${index}]`;
    const listing = definitions.flatMap((d) =>
      d.targets.filter((t) => t.target === claim.interface).map((t) => ({ d, t }))
    );
    if (listing.length === 0) {
      const known = [...new Set(definitions.flatMap((d) => d.targets.map((t) => t.target)))].join(
        ', '
      );
      problems.push(
        `${field}.interface: the page says "${claim.interface}", but no spec lists a "${type}" event there (the specs list: ${known})`
      );
      return;
    }
    const pageInterface = claim.eventInterface ?? facts.interface;
    const specInterfaces = [
      ...new Set(listing.map(({ d }) => d.interface).filter((i): i is string => i !== undefined)),
    ];
    if (specInterfaces.length > 0 && !specInterfaces.includes(pageInterface)) {
      const where = claim.eventInterface ? `${field}.eventInterface` : 'event.interface';
      problems.push(
        `${where}: the page says "${pageInterface}" for ${claim.interface}, the specs say "${specInterfaces.join('" or "')}"`
      );
    }
    for (const property of ['bubbles', 'cancelable'] as const) {
      const specValues = [
        ...new Set(
          listing
            .map(({ d, t }) => (property === 'bubbles' ? (t.bubbles ?? d.bubbles) : d.cancelable))
            .filter((v) => v !== undefined)
        ),
      ];
      if (specValues.length > 0 && !specValues.includes(facts[property])) {
        problems.push(
          `event.${property}: the page says ${facts[property]}, the specs say ${specValues.join(' or ')} for ${claim.interface}`
        );
      }
    }
  });
  return problems;
}

/** A specification as the event facts name and link it. */
export interface SpecLink {
  /** The spec's name ("Service Workers"). */
  name: string;
  /** The definition of the event there, or the spec itself. */
  href: string | undefined;
}

/** A target at which the event fires with the page's event interface. */
export interface EventTargetRow {
  interface: string;
  /** The page's words on when it fires here; undefined where the page says nothing. */
  when: string | undefined;
  /** Every spec that defines the event at this target (one row, however many specs). */
  specs: SpecLink[];
  /** Whether the interface has the event handler property (own, mixin or inherited). */
  hasHandler: boolean;
}

/** Targets grouped by the web feature they belong to (Dedicated workers, Channel messaging…). */
export interface EventTargetGroup {
  /** The web-features id, or undefined when no feature covers the interface. */
  featureId: string | undefined;
  /** The feature's name, or the interface's own when no feature covers it. */
  label: string;
  targets: EventTargetRow[];
}

/** A target where the specs fire an event of the same name with another interface. */
export interface OtherEventTarget {
  interface: string;
  eventInterface: string;
  specs: SpecLink[];
}

/** One definition of the event as the specs' data has it, for the full-data disclosure. */
export interface DefinitionRow {
  spec: string;
  href: string | undefined;
  /** The anchor, readable ("Window: message event"); the spec name when there is none. */
  label: string;
  eventInterface: string | undefined;
  /** Its targets, each with whether any browser ships it. */
  targets: { interface: string; shipped: boolean }[];
}

/** The event facts a reader uses, derived from the specs' data and the page's claims. */
export interface EventTargetsView {
  /** Targets that fire this event with the page's interface, shipped in browsers, by feature. */
  groups: EventTargetGroup[];
  /** Targets of an event with the same name but another interface (another event, in effect). */
  otherInterfaces: OtherEventTarget[];
  /** Targets that no browser ships: in the specs' data only. */
  notShipped: { interface: string; specs: SpecLink[] }[];
  /** Every spec that defines the event at one of `groups`' targets, once each. */
  specs: SpecLink[];
  /** Every definition, as the data lists it. */
  definitions: DefinitionRow[];
}

/** What `eventTargetsView` looks up in the other data packages (web-specs, web-features, BCD, IDL). */
export interface EventDataLookups {
  /** The spec a definition's URL points into, by name. */
  specNameOf(href: string | undefined): string;
  /** The spec with this web-specs short name (a definition's `extendedIn`), if known. */
  specByShortname(shortname: string): { name: string; href: string } | undefined;
  /** The short name of the spec whose IDL defines this interface. */
  idlSpecOf(interfaceName: string): string | undefined;
  /** The web feature that covers the interface. */
  featureOf(interfaceName: string): { id: string; name: string } | undefined;
  /** Whether browsers ship the interface (it has compat data). */
  isShipped(interfaceName: string): boolean;
  /** Whether the interface has the event handler attribute. */
  hasHandler(interfaceName: string): boolean;
  /** A readable label for an anchor of a definition URL. */
  anchorLabel(anchor: string): string;
}

/**
 * The facts a reader can use, from every definition of an event: the targets where it fires
 * with the page's interface, one row per interface however many specs define it there, grouped
 * by web feature and ordered as the page lists them; targets where another interface fires
 * under the same name, and targets no browser ships, kept apart; and every definition as is.
 */
export function eventTargetsView(
  definitions: readonly EventDefinition[],
  facts: EventFacts,
  lookups: EventDataLookups
): EventTargetsView {
  const pageOrder = facts.targets.map((t) => t.interface);
  const when = new Map(facts.targets.map((t) => [t.interface, t.when]));
  const rank = (name: string) => {
    const index = pageOrder.indexOf(name);
    return index === -1 ? pageOrder.length : index;
  };
  const addSpec = (list: SpecLink[], link: SpecLink) => {
    if (!list.some((l) => l.name === link.name)) list.push(link);
  };
  // The spec that defines the event at a target: an extending spec when the target's own IDL
  // comes from it, else the definition's.
  const specFor = (definition: EventDefinition, target: string): SpecLink => {
    const idlSpec = lookups.idlSpecOf(target);
    const extending = definition.extendedIn?.find((e) => e.spec === idlSpec);
    const extender = extending && lookups.specByShortname(extending.spec);
    return extender ?? { name: lookups.specNameOf(definition.href), href: definition.href };
  };

  const rows = new Map<string, EventTargetRow>();
  const others = new Map<string, OtherEventTarget>();
  const notShipped = new Map<string, { interface: string; specs: SpecLink[] }>();
  for (const definition of definitions) {
    for (const { target } of definition.targets) {
      const spec = specFor(definition, target);
      const eventInterface = definition.interface ?? facts.interface;
      if (!lookups.isShipped(target)) {
        const entry = notShipped.get(target) ?? { interface: target, specs: [] };
        addSpec(entry.specs, spec);
        notShipped.set(target, entry);
      } else if (eventInterface !== facts.interface) {
        const entry = others.get(target) ?? { interface: target, eventInterface, specs: [] };
        addSpec(entry.specs, spec);
        others.set(target, entry);
      } else {
        const row = rows.get(target) ?? {
          interface: target,
          when: when.get(target),
          specs: [],
          hasHandler: lookups.hasHandler(target),
        };
        addSpec(row.specs, spec);
        rows.set(target, row);
      }
    }
  }

  const groups: EventTargetGroup[] = [];
  const sorted = [...rows.values()].sort((a, b) => rank(a.interface) - rank(b.interface));
  for (const row of sorted) {
    const feature = lookups.featureOf(row.interface);
    const key = feature?.id;
    const group = key !== undefined ? groups.find((g) => g.featureId === key) : undefined;
    if (group) group.targets.push(row);
    else groups.push({ featureId: key, label: feature?.name ?? row.interface, targets: [row] });
  }
  const specs: SpecLink[] = [];
  for (const row of sorted) for (const spec of row.specs) addSpec(specs, spec);

  return {
    groups,
    otherInterfaces: [...others.values()],
    notShipped: [...notShipped.values()],
    specs,
    definitions: definitions.map((definition) => {
      const anchor = definition.href
        ? decodeURIComponent(new URL(definition.href).hash.slice(1))
        : '';
      const spec = lookups.specNameOf(definition.href);
      return {
        spec,
        href: definition.href,
        label: anchor ? lookups.anchorLabel(anchor) : spec,
        eventInterface: definition.interface,
        targets: definition.targets.map(({ target }) => ({
          interface: target,
          shipped: lookups.isShipped(target),
        })),
      };
    }),
  };
}
