import { write } from 'webidl2';
import {
  findMember,
  idlIndexFromTexts,
  handlerDeclarations,
  type IdlIndex,
  type IdlInterface,
} from '~/lib/specs/idl-model';
import {
  EventFactsError,
  checkEventFacts,
  definitionsOf,
  groupTargets,
  type EventDefinition,
} from '~/lib/specs/event-definitions';
import { findSpec, type SpecEntry } from '~/lib/specs/spec-titles';
import type { EventFacts } from '~/schemas/event-facts';
import { packageVersion, readPackageJson, webrefIdlTexts } from './packages';

/** Build-time access to the specifications' machine-readable data (@webref/events, @webref/idl). */

let idlIndex: IdlIndex | undefined;

/** Every IDL file of @webref/idl, parsed once per build and merged. */
export function idl(): IdlIndex {
  idlIndex ??= idlIndexFromTexts(webrefIdlTexts());
  return idlIndex;
}

const events = () => readPackageJson<EventDefinition[]>('@webref/events', 'events.json');
const specs = () => readPackageJson<SpecEntry[]>('web-specs', 'index.json');

/** The title of the spec a URL points into, or its host when web-specs does not know it. */
export function specTitle(url: string | undefined): string {
  if (!url) return 'Unknown specification';
  return findSpec(url, specs())?.title ?? new URL(url).host;
}

/**
 * An event page's facts checked against the spec data, with every target the specs list,
 * grouped by spec, and where the handler attribute is declared. With `strict` (reviewed pages)
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
  return {
    groups: groupTargets(definitions, facts).map((group) => ({
      ...group,
      spec: specTitle(group.href),
    })),
    handlerDeclarations: declarations,
    problems,
  };
}

/** An interface from the IDL, or an error naming the page that asked for it. */
export function interfaceFor(
  filePath: string,
  name: string
): IdlInterface & { idlText: string; specUrl: string | undefined } {
  const found = idl().interfaces.get(name);
  if (!found) throw new Error(`${filePath}: "${name}" is not an interface in @webref/idl`);
  const dictionaries = idl().dictionaries.get(`${name}Init`) ?? [];
  const idlText = write([...found.definitions, ...dictionaries].map((d) => d.definition)).trim();
  return { ...found, idlText, specUrl: specUrlOf(found) };
}

/** The URL of the spec that defines an interface (its main definition), from web-specs. */
function specUrlOf(found: IdlInterface): string | undefined {
  const spec = specs().find((s) => s.shortname === found.definitions[0]?.spec);
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
