/**
 * How to feature-detect a BCD key in the reader's browser, as data: no code strings, no `eval`,
 * no user-agent sniffing. The browser-side checker walks `globalThis` with these descriptions.
 */
export type Detection =
  | { kind: 'global'; name: string }
  | { kind: 'member'; owner: string; member: string }
  | { kind: 'handler'; owner: string; handler: string }
  | { kind: 'none' };

/** The detection for a BCD key; only `api.*` keys can be detected from script. */
export function detectionFor(key: string): Detection {
  const [tree, owner, member, ...rest] = key.split('.');
  if (tree !== 'api' || !owner || rest.length > 0) return { kind: 'none' };
  if (member === undefined || member === owner) return { kind: 'global', name: owner };
  if (member.endsWith('_event'))
    return { kind: 'handler', owner, handler: `on${member.slice(0, -'_event'.length)}` };
  return { kind: 'member', owner, member };
}

/**
 * Runs a detection against a global object. `undefined` means it cannot be told from this
 * context (the interface exists only elsewhere, such as in workers).
 */
export function detect(detection: Detection, scope: object): boolean | undefined {
  const global = scope as Record<string, unknown>;
  const prototypeOf = (name: string): object | undefined => {
    const value = global[name];
    if (typeof value !== 'function') return undefined;
    return (value as { prototype?: object }).prototype;
  };
  switch (detection.kind) {
    case 'none':
      return undefined;
    case 'global':
      return typeof global[detection.name] !== 'undefined';
    case 'member':
    case 'handler': {
      const name = detection.kind === 'member' ? detection.member : detection.handler;
      const proto = prototypeOf(detection.owner);
      if (!proto) return undefined;
      // Members of [Global] interfaces (Window, worker scopes) live on the global object itself.
      const isScope = Object.prototype.isPrototypeOf.call(proto, scope);
      return (
        name in proto || name in (global[detection.owner] as object) || (isScope && name in scope)
      );
    }
  }
}
