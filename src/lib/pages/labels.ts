/** Reader-facing names of standardization statuses. */
const STATUS_LABELS: Readonly<Record<string, string>> = {
  'living-standard': 'Living Standard',
  recommendation: 'W3C Recommendation',
  'candidate-recommendation': 'W3C Candidate Recommendation',
  'working-draft': 'Working Draft',
  'editors-draft': "Editor's Draft",
  'non-standard': 'Non-standard',
  obsolete: 'Obsolete',
  unknown: 'Status unknown',
};

/** The reader-facing name of a standardization status. */
export function statusLabel(status: string): string {
  const label = STATUS_LABELS[status];
  if (label === undefined) throw new Error(`No label for standardization status "${status}"`);
  return label;
}

/** Reader-facing names of page kinds, as shown above the title. */
const KIND_LABELS: Readonly<Record<string, string>> = {
  event: 'Event',
  interface: 'Interface',
  constructor: 'Constructor',
  method: 'Method',
  property: 'Property',
  overview: 'Overview',
};

/** The reader-facing name of a page kind. */
export function kindLabel(kind: string): string {
  const label = KIND_LABELS[kind];
  if (label === undefined) throw new Error(`No label for page kind "${kind}"`);
  return label;
}

/** "Yes" or "No", as fact tables show booleans. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** A count with its noun, in English (`1 page`, `4,430 pages`); the plural adds an "s". */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
