import {
  findMember,
  handlerDeclarations,
  membersOf,
  type IdlInterface,
  type IdlMember,
} from '~/lib/specs/idl-model';
import {
  EventFactsError,
  checkEventFacts,
  definitionsOf,
  eventTargetsView,
  type EventDefinition,
} from '~/lib/specs/event-definitions';
import { findSpec, specByShortname, specName, type SpecEntry } from '~/lib/specs/spec-titles';
import type { EventFacts } from '~/schemas/event-facts';
import { featureCovering, shipsInABrowser } from './compat';
import { idl, specAnchorLabel } from './idl';
import { packageVersion, readPackageJson } from './packages';

/** Build-time access to the specifications' machine-readable data (@webref/events, @webref/idl). */

const events = () => readPackageJson<EventDefinition[]>('@webref/events', 'events.json');
const specs = () => readPackageJson<SpecEntry[]>('web-specs', 'index.json');

/** The short name of the spec a URL points into, or its host when web-specs does not know it. */
function shortSpecName(url: string | undefined): string {
  if (!url) return 'Unknown specification';
  const spec = findSpec(url, specs());
  return spec ? specName(spec, true) : new URL(url).host;
}

/**
 * An event page's facts checked against the spec data; the targets a reader uses (grouped by
 * web feature, deduplicated, other event interfaces and unshipped targets apart) with the full
 * data behind them; and where the handler attribute is declared. With `strict` (reviewed pages)
 * a contradiction throws naming the file and each field; otherwise (pages imported and not yet
 * reviewed) the contradictions are returned for the page to show.
 */
export function eventFactsFor(filePath: string, type: string, facts: EventFacts, strict = true) {
  const definitions = definitionsOf(events(), type);
  const problems = checkEventFacts(facts, type, definitions);
  const declarations = handlerDeclarations(idl(), facts.handler);
  if (declarations.length === 0)
    problems.push(
      `event.handler: the page says "${facts.handler}", which no interface declares in the IDL`
    );
  if (strict && problems.length > 0) throw new EventFactsError(filePath, problems);
  const view = eventTargetsView(definitions, facts, {
    specNameOf: shortSpecName,
    specByShortname: (shortname) => {
      const spec = specByShortname(shortname, specs());
      return spec && { name: specName(spec, true), href: spec.nightly?.url ?? spec.url };
    },
    idlSpecOf: (name) => idl().interfaces.get(name)?.definitions[0]?.spec,
    featureOf: (name) => featureCovering(`api.${name}`),
    isShipped: (name) => shipsInABrowser(`api.${name}`),
    hasHandler: (name) => findMember(idl(), name, facts.handler) !== undefined,
    anchorLabel: specAnchorLabel,
  });
  return { view, handlerDeclarations: declarations, problems };
}

/** An interface from the IDL, or an error naming the page that asked for it. */
export function interfaceFor(
  filePath: string,
  name: string
): Omit<IdlInterface, 'members'> & {
  idlText: string;
  specUrl: string | undefined;
  /** Its own members and its mixins' (`from`), each with the URL of the spec that defines it. */
  members: (IdlMember & { specUrl: string | undefined })[];
} {
  const found = idl().interfaces.get(name);
  if (!found) throw new Error(`${filePath}: "${name}" is not an interface in @webref/idl`);
  const dictionaries = idl().dictionaries.get(`${name}Init`) ?? [];
  const idlText = [...found.definitions, ...dictionaries]
    .map((d) => d.idl)
    .join('')
    .trim();
  const specUrl = specUrlOf(found);
  const members = (membersOf(idl(), name) ?? []).map((member) => {
    const mixin = member.from ? idl().mixins.get(member.from) : undefined;
    return { ...member, specUrl: mixin ? specUrlOf(mixin) : specUrl };
  });
  return { ...found, idlText, specUrl, members };
}

/** The URL of the spec that defines an interface (its main definition), from web-specs. */
function specUrlOf(found: IdlInterface): string | undefined {
  const spec = specByShortname(found.definitions[0]?.spec, specs());
  return spec?.nightly?.url ?? spec?.url;
}

/**
 * A member of an interface (own, mixin or inherited) with the URL of the spec of the interface
 * that has it, or an error naming the page and field.
 */
export function memberFor(where: string, interfaceName: string, member: string) {
  const found = findMember(idl(), interfaceName, member);
  if (!found) {
    throw new Error(
      `${where}: <Property of="${interfaceName}" name="${member}">: ${interfaceName} has no member "${member}" in @webref/idl`
    );
  }
  const owner = idl().interfaces.get(found.on);
  return { ...found, specUrl: owner ? specUrlOf(owner) : undefined };
}

/** The versions of the spec data packages. */
export function webrefVersions(): { name: string; version: string }[] {
  return ['@webref/events', '@webref/idl'].map((name) => ({ name, version: packageVersion(name) }));
}
