/**
 * Baseline statuses from `web-features`. Each feature carries an editorially reviewed status, and
 * `status.by_compat_key` one for each BCD key it covers. A page that spans several keys gets the
 * status of all of them together, the way web-features' compute-baseline combines keys: the
 * weakest level, and the latest dates (a group is only as available as its newest part).
 */

/** `high`: widely available; `low`: newly available; `false`: limited availability. */
export type BaselineLevel = 'high' | 'low' | false;

/** A status as web-features publishes it. Dates may be ranged ("≤2020-03-24"). */
export interface BaselineStatus {
  baseline: BaselineLevel;
  baseline_low_date?: string;
  baseline_high_date?: string;
}

/** What the site needs of a web-features entry. */
export interface WebFeature {
  kind: string;
  name?: string;
  status?: BaselineStatus & { by_compat_key?: Record<string, BaselineStatus> };
}

/** The Baseline line of a page. */
export interface PageBaseline {
  status: BaselineStatus;
  /** The web-features ids the status comes from. */
  featureIds: string[];
  /** The page's BCD keys that no web-features feature covers (not part of the status). */
  uncoveredKeys: string[];
}

const dateValue = (date: string | undefined) => (date ? date.replace(/^≤/, '') : '');
const latest = (dates: (string | undefined)[]) =>
  dates.reduce<string | undefined>((a, b) => (dateValue(b) > dateValue(a) ? b : a), undefined);

/** The status of several features or keys together. An empty list has no Baseline status. */
export function combineBaseline(statuses: readonly BaselineStatus[]): BaselineStatus {
  if (statuses.length === 0 || statuses.some((s) => s.baseline === false))
    return { baseline: false };
  const low = latest(statuses.map((s) => s.baseline_low_date));
  if (statuses.some((s) => s.baseline === 'low'))
    return low ? { baseline: 'low', baseline_low_date: low } : { baseline: 'low' };
  const high = latest(statuses.map((s) => s.baseline_high_date));
  return {
    baseline: 'high',
    ...(low ? { baseline_low_date: low } : {}),
    ...(high ? { baseline_high_date: high } : {}),
  };
}

/** The reader-facing line: "Widely available since 2018-01-29". */
export function baselineText(status: BaselineStatus): { label: string; since: string | undefined } {
  if (status.baseline === 'high')
    return { label: 'Widely available', since: status.baseline_high_date };
  if (status.baseline === 'low')
    return { label: 'Newly available', since: status.baseline_low_date };
  return { label: 'Limited availability', since: undefined };
}

/** An unknown web-features id, reported with the page that named it. */
export class UnknownWebFeatureError extends Error {
  constructor(filePath: string, id: string) {
    super(
      `${filePath}: field "webFeatures" names "${id}", which is not a feature id of web-features`
    );
    this.name = 'UnknownWebFeatureError';
  }
}

const indexes = new WeakMap<object, Map<string, { id: string; status: BaselineStatus }>>();

/** Each BCD key's feature and status, indexed once per web-features data set. */
function statusesByKey(
  features: Readonly<Record<string, WebFeature>>
): Map<string, { id: string; status: BaselineStatus }> {
  let byKey = indexes.get(features);
  if (!byKey) {
    byKey = new Map();
    for (const [id, feature] of Object.entries(features)) {
      if (feature.kind !== 'feature') continue;
      for (const [key, status] of Object.entries(feature.status?.by_compat_key ?? {}))
        byKey.set(key, { id, status });
    }
    indexes.set(features, byKey);
  }
  return byKey;
}

/** The id of the web feature that covers a BCD key (`api.Worker` → `dedicated-workers`). */
export function featureIdOfKey(
  features: Readonly<Record<string, WebFeature>>,
  key: string
): string | undefined {
  return statusesByKey(features).get(key)?.id;
}

/**
 * The Baseline status of a page. With `featureIds` from frontmatter, the status of those features
 * (each must exist); otherwise the reviewed per-key statuses of the page's BCD keys, from every
 * feature that covers them. With `requireSubject` (reviewed pages), keys that span several
 * features are an error: combined, they would give the page the date of its newest neighbour
 * (BroadcastChannel's on the `message` page) instead of its subject's.
 */
export function pageBaseline(
  filePath: string,
  keys: readonly string[],
  featureIds: readonly string[] | undefined,
  features: Readonly<Record<string, WebFeature>>,
  requireSubject = false
): PageBaseline {
  const byKey = statusesByKey(features);
  const uncoveredKeys = keys.filter((key) => !byKey.has(key));
  if (featureIds && featureIds.length > 0) {
    const statuses = featureIds.map((id) => {
      const feature = features[id];
      if (!feature || feature.kind !== 'feature' || !feature.status)
        throw new UnknownWebFeatureError(filePath, id);
      return feature.status;
    });
    return { status: combineBaseline(statuses), featureIds: [...featureIds], uncoveredKeys };
  }
  const covered = keys.flatMap((key) => {
    const entry = byKey.get(key);
    return entry ? [entry] : [];
  });
  const coveringIds = [...new Set(covered.map((entry) => entry.id))];
  if (requireSubject && coveringIds.length > 1) {
    throw new Error(
      `${filePath}: field "webFeatures" is missing: the page's BCD keys belong to several web features (${coveringIds.join(', ')}); name the one the page is about`
    );
  }
  return {
    status: combineBaseline(covered.map((entry) => entry.status)),
    featureIds: coveringIds,
    uncoveredKeys,
  };
}
