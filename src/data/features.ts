import {
  buildBcdIndex,
  mapFeature,
  signalsOfPage,
  type BcdIndex,
  type FeatureMapping,
  type IdlLookup,
} from '~/lib/compat/feature-mapping';
import { findMember } from '~/lib/specs/idl-model';
import type { ReferencePageData } from '~/schemas/reference-page';
import { readPackageJson } from './packages';
import { idl } from './idl';

let index: BcdIndex | undefined;

/** BCD's features indexed once per build. */
function bcdIndex(): BcdIndex {
  index ??= buildBcdIndex(
    readPackageJson<Record<string, unknown>>('@mdn/browser-compat-data', 'data.json')
  );
  return index;
}

/** The specs' IDL as the mapping asks it: a member of an interface, or no such interface. */
const idlLookup: IdlLookup = (name, member) =>
  idl().interfaces.has(name) ? findMember(idl(), name, member) : 'no-interface';

/**
 * The BCD feature of a page imported from the wiki, found from its own signals (see
 * src/lib/compat/feature-mapping.ts). Pages that name their keys in `bcd` need none.
 */
export function featureMappingFor(id: string, data: ReferencePageData): FeatureMapping {
  return mapFeature(signalsOfPage(id, data), bcdIndex(), idlLookup);
}

/** The BCD keys a page covers, and how they were found for an imported page. */
export interface PageFeatures {
  /** The page's own `bcd`, or else the key of the feature found for an imported page. */
  keys: readonly string[];
  /** For an imported page without keys of its own: the feature found, or why there is none. */
  feature: FeatureMapping | undefined;
}

const pageFeaturesMemo = new Map<string, PageFeatures>();

/**
 * The BCD keys of a page, once per page per build: the site index derives the page's MDN URLs
 * from them, and the page model its compatibility table, specifications and Baseline. An
 * imported page without keys gets today's data for the feature it documents, when that is
 * certain (featureMappingFor).
 */
export function pageFeatures(id: string, data: ReferencePageData, imported: boolean): PageFeatures {
  const memoKey = `${imported ? 'wiki' : 'reference'}:${id}`;
  let found = pageFeaturesMemo.get(memoKey);
  if (!found) {
    const feature = imported && data.bcd.length === 0 ? featureMappingFor(id, data) : undefined;
    found = { keys: feature?.status === 'mapped' ? [feature.key] : data.bcd, feature };
    pageFeaturesMemo.set(memoKey, found);
  }
  return found;
}
