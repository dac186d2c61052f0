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
}

/** A target of the event, as the facts table shows it. */
export interface SpecTarget {
  interface: string;
  /** The interface of the event object fired at this target. */
  eventInterface: string | undefined;
  bubbles: boolean | undefined;
  cancelable: boolean | undefined;
  /** The page's own words on when it fires here, if the page has any. */
  when: string | undefined;
}

/** The targets one specification defines, with the link to its definition of the event. */
export interface SpecTargetGroup {
  href: string | undefined;
  targets: SpecTarget[];
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
  return events.filter((event) => event.type === type);
}

/**
 * The event's targets grouped by the specification (definition) that lists them, merged with
 * the page's own `when` texts.
 */
export function groupTargets(
  definitions: readonly EventDefinition[],
  facts: EventFacts
): SpecTargetGroup[] {
  const when = new Map(facts.targets.map((t) => [t.interface, t.when]));
  return definitions.map((definition) => ({
    href: definition.href,
    targets: definition.targets.map((target) => ({
      interface: target.target,
      eventInterface: definition.interface,
      bubbles: target.bubbles ?? definition.bubbles,
      cancelable: definition.cancelable,
      when: when.get(target.target),
    })),
  }));
}

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
