/**
 * Reader-facing names of the site's areas and groups, which are URL segments: `apis` reads
 * "Web APIs", `web-messaging` "Web messaging", `data_types` "Data types", while an identifier
 * such as `IDBCursor` or `Window` stays as the platform spells it.
 */

/** Whole segments whose name no rule can guess (a product's spelling, an expansion). */
const SEGMENT_NAMES: Readonly<Record<string, string>> = {
  apis: 'Web APIs',
  atrules: 'At-rules',
  'audio-video': 'Audio and video',
  filesystem: 'File system',
  jsfeatures: 'JavaScript features',
  Main_Page: 'Main page',
  PointerEvents: 'Pointer Events',
  shadowdom: 'Shadow DOM',
  webaudio: 'Web Audio',
  webcomponents: 'Web Components',
  xhr: 'XMLHttpRequest',
};

/** Words written as their standards write them, wherever they appear in a segment. */
const WORDS: Readonly<Record<string, string>> = {
  api: 'API',
  apis: 'APIs',
  appcache: 'AppCache',
  aria: 'ARIA',
  cors: 'CORS',
  csp: 'CSP',
  css: 'CSS',
  cssom: 'CSSOM',
  dom: 'DOM',
  ecmascript: 'ECMAScript',
  html: 'HTML',
  html5: 'HTML5',
  http: 'HTTP',
  https: 'HTTPS',
  id: 'ID',
  indexeddb: 'IndexedDB',
  its: 'ITS',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  mathml: 'MathML',
  php: 'PHP',
  svg: 'SVG',
  ui: 'UI',
  uri: 'URI',
  url: 'URL',
  ux: 'UX',
  webgl: 'WebGL',
  webrtc: 'WebRTC',
  websocket: 'WebSocket',
  websockets: 'WebSockets',
  webvtt: 'WebVTT',
  xml: 'XML',
  xslt: 'XSLT',
};

/**
 * Whether a segment is an identifier (an interface, a constructor, a method): it has no word
 * separators and a capital letter, as in `Window`, `IDBCursor` or `getElementById`.
 */
export function isIdentifier(segment: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(segment) && /[A-Z]/.test(segment);
}

/**
 * The display name of an area or group segment: a known name, an identifier as it is, or words
 * in sentence case (`_` separates words; so does `-` in a segment without `_`, which keeps
 * `server-side_languages` as "Server-side languages").
 */
export function segmentName(segment: string): string {
  const known = SEGMENT_NAMES[segment];
  if (known) return known;
  if (isIdentifier(segment)) return segment;
  const separator = segment.includes('_') ? /_+/ : /-+/;
  const words = segment
    .split(separator)
    .filter(Boolean)
    .map((word) => WORDS[word.toLowerCase()] ?? word);
  if (words.length === 0) return segment;
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
