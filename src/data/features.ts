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
