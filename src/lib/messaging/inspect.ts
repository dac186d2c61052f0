/**
 * A received `MessageEvent` as text rows for the event inspector. Pure and DOM-free: the event
 * comes in as a plain object, so a receiver can inspect its own event and send the rows on.
 * Data is turned into text here and shown with `textContent`: nothing received is ever markup.
 */

/** What the inspector reads of an event (a real MessageEvent has all of these). */
export interface InspectableEvent {
  type: string;
  data: unknown;
  origin: string;
  lastEventId: string;
  source: unknown;
  ports: readonly unknown[];
  isTrusted: boolean;
  timeStamp: number;
}

/** One row of the inspector. */
export interface InspectorRow {
  name: string;
  value: string;
}

/** The longest text a value renders to; longer data is cut with a note of its full size. */
export const MAX_DATA_TEXT = 2000;

function typeName(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object'
    ? Object.getPrototypeOf(value) === null
      ? 'Object'
      : (value.constructor?.name ?? 'Object')
    : tag;
}

/**
 * A readable, bounded description of any structured-clonable value: strings quoted, objects
 * and arrays in JSON-like form, Map/Set/Date/RegExp/ArrayBuffer/typed arrays by kind, cycles
 * marked. Never throws, whatever the input.
 */
export function describeData(value: unknown, limit = MAX_DATA_TEXT): string {
  const seen = new WeakSet<object>();
  let budget = limit;
  const walk = (v: unknown, depth: number): string => {
    if (budget <= 0) return '…';
    let out: string;
    if (v === null) out = 'null';
    else if (v === undefined) out = 'undefined';
    else if (typeof v === 'string') out = JSON.stringify(v);
    else if (typeof v === 'bigint') out = `${v}n`;
    else if (typeof v === 'number' || typeof v === 'boolean') out = String(v);
    else if (typeof v === 'symbol' || typeof v === 'function') out = `[${typeof v}]`;
    else if (seen.has(v)) out = '[circular]';
    else {
      seen.add(v);
      const kind = typeName(v);
      if (v instanceof Date)
        out = `Date(${Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()})`;
      else if (v instanceof RegExp) out = String(v);
      else if (v instanceof ArrayBuffer)
        out = `ArrayBuffer(${v.byteLength} bytes${v.byteLength === 0 ? ', detached or empty' : ''})`;
      else if (ArrayBuffer.isView(v)) out = `${kind}(${v.byteLength} bytes)`;
      else if (v instanceof Map) {
        out =
          depth > 3
            ? `Map(${v.size})`
            : `Map(${v.size}) {${[...v].map(([k, x]) => `${walk(k, depth + 1)} => ${walk(x, depth + 1)}`).join(', ')}}`;
      } else if (v instanceof Set) {
        out =
          depth > 3
            ? `Set(${v.size})`
            : `Set(${v.size}) {${[...v].map((x) => walk(x, depth + 1)).join(', ')}}`;
      } else if (Array.isArray(v)) {
        out = depth > 3 ? `Array(${v.length})` : `[${v.map((x) => walk(x, depth + 1)).join(', ')}]`;
      } else if (v instanceof Error) {
        out = `${v.name}: ${v.message}`;
      } else if (kind !== 'Object') {
        out = kind;
      } else {
        const entries = Object.entries(v);
        out =
          depth > 3
            ? '{…}'
            : `{${entries.map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${walk(x, depth + 1)}`).join(', ')}}`;
      }
    }
    budget -= out.length;
    return out;
  };
  const text = walk(value, 0);
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters in all)` : text;
}

/** What an event's source is, in words. The describer is given by the caller, who knows the frames. */
export type SourceDescriber = (source: unknown) => string;

/** The inspector rows for an event, in the order of the reference's properties table. */
export function inspectMessageEvent(
  event: InspectableEvent,
  describeSource: SourceDescriber
): InspectorRow[] {
  return [
    { name: 'type', value: JSON.stringify(event.type) },
    { name: 'data', value: describeData(event.data) },
    { name: 'origin', value: JSON.stringify(event.origin) },
    { name: 'lastEventId', value: JSON.stringify(event.lastEventId) },
    { name: 'source', value: event.source === null ? 'null' : describeSource(event.source) },
    { name: 'ports.length', value: String(event.ports.length) },
    { name: 'isTrusted', value: String(event.isTrusted) },
    {
      name: 'timeStamp',
      value: `${event.timeStamp.toFixed(1)} ms after the receiver's time origin`,
    },
  ];
}

/** Whether a value is a list of inspector rows (what a frame reports); bounded in size. */
export function isInspectorRows(value: unknown): value is InspectorRow[] {
  return (
    Array.isArray(value) &&
    value.length <= 16 &&
    value.every(
      (row: unknown) =>
        typeof row === 'object' &&
        row !== null &&
        typeof (row as InspectorRow).name === 'string' &&
        typeof (row as InspectorRow).value === 'string' &&
        (row as InspectorRow).name.length <= 40 &&
        (row as InspectorRow).value.length <= MAX_DATA_TEXT + 100
    )
  );
}
