/**
 * Exact origin allow-lists for message receivers. An origin is accepted only if it equals an
 * entry exactly: no prefix, suffix or substring tests (`https://app.example.evil.test` must not
 * pass for `https://app.example`), and never the opaque origin `"null"`, which any sandboxed
 * frame or data: document has.
 */

/** Builds an allow-list, refusing entries that are not serialized tuple origins. */
export function createOriginAllowlist(origins: Iterable<string>): ReadonlySet<string> {
  const list = new Set<string>();
  for (const origin of origins) {
    if (origin === 'null' || origin === '*')
      throw new Error(`"${origin}" cannot be allow-listed: it is not one origin`);
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`"${origin}" is not an origin such as "https://app.example"`);
    }
    if (parsed.origin !== origin)
      throw new Error(`"${origin}" is not a serialized origin (expected "${parsed.origin}")`);
    list.add(origin);
  }
  return list;
}

/** Whether a message from `origin` may be accepted. */
export function isAllowedOrigin(allowlist: ReadonlySet<string>, origin: string): boolean {
  return origin !== 'null' && allowlist.has(origin);
}
