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

/**
 * What an overview page of the wiki is, from its page-type template, where that says more than
 * "Overview" (an element, a CSS property, a tutorial). The wiki's types for members and events
 * already gave the page its kind.
 */
const WIKI_TYPE_LABELS: Readonly<Record<string, string>> = {
  'api object': 'API object',
  'css property': 'CSS property',
  'css selector': 'CSS selector',
  'css function': 'CSS function',
  'css at rule': 'CSS at-rule',
  'css media feature': 'Media feature',
  'markup attribute': 'Attribute',
  'markup element': 'Element',
  'http header': 'HTTP header',
  'data type page': 'Data type',
  constant: 'Constant',
  tutorial: 'Tutorial',
  guide: 'Guide',
  'concept page': 'Concept',
  concept: 'Concept',
  'glossary item': 'Glossary term',
};

/**
 * The reader-facing name of a page kind; for an overview imported from the wiki, what its
 * page type says it is, when that is more precise.
 */
export function kindLabel(kind: string, wikiType?: string): string {
  const label = KIND_LABELS[kind];
  if (label === undefined) throw new Error(`No label for page kind "${kind}"`);
  return (kind === 'overview' && wikiType && WIKI_TYPE_LABELS[wikiType]) || label;
}

/** "Yes" or "No", as fact tables show booleans. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** A count with its noun, in English (`1 page`, `4,430 pages`); the plural adds an "s". */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
