/**
 * Whether a feature has shipped: some browser's data records a release with it on by default.
 * An entry in @mdn/browser-compat-data is not enough: a feature can have an entry whose every
 * browser says `false`, `null`, "preview", a flag or a version it was removed in (the Portals
 * interfaces were only ever behind a flag in Chrome).
 */
import { statementState, type CompatStatement, type SimpleSupportStatement } from './compat-model';

/** The states of a statement that mean a browser release has the feature on by default. */
const RELEASED = new Set(['full', 'partial', 'prefixed', 'altname']);

/** Whether a statement says the feature is on by default in a released version. */
export function isReleased(statement: SimpleSupportStatement): boolean {
  return RELEASED.has(statementState(statement));
}

/** Whether any browser's support (a statement or a list of them) records a release. */
export function hasShipped(support: CompatStatement['support'] | undefined): boolean {
  return Object.values(support ?? {}).some((entry) =>
    (Array.isArray(entry) ? entry : entry ? [entry] : []).some(isReleased)
  );
}
