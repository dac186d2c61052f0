/**
 * Whether a feature has shipped: some browser's data records a release with it on by default.
 * An entry in @mdn/browser-compat-data is not enough: a feature can have an entry whose every
 * browser says `false`, `null`, "preview", a flag or a version it was removed in (the Portals
 * interfaces were only ever behind a flag in Chrome).
 */

/** One support statement of BCD, the fields this reads. */
export interface SupportStatement {
  version_added?: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown[];
  partial_implementation?: boolean;
}

/** Whether a statement says the feature is on by default in a released version. */
export function isReleased(statement: SupportStatement): boolean {
  const added = statement.version_added;
  return (
    typeof added === 'string' &&
    added !== 'preview' &&
    !statement.version_removed &&
    (statement.flags ?? []).length === 0
  );
}

/** Whether any browser's support (a statement or a list of them) records a release. */
export function hasShipped(
  support: Readonly<Record<string, SupportStatement | SupportStatement[] | undefined>> | undefined
): boolean {
  return Object.values(support ?? {}).some((entry) =>
    (Array.isArray(entry) ? entry : entry ? [entry] : []).some(isReleased)
  );
}
