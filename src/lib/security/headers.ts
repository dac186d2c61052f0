/**
 * The HTTP headers the site asks of hosts that take a `_headers` file (Netlify, Cloudflare Pages
 * and others with the same format: a path, then indented `Name: value` lines). Plain hosts get
 * the <meta> Content-Security-Policy only; these headers add what a <meta> cannot do:
 * - `frame-ancestors 'self'`: no other site may frame a page (clickjacking, and framing the demo
 *   frames to drive them);
 * - `sandbox allow-scripts` on the frames that must run sandboxed: opaque origin even when framed
 *   without the attribute, or opened on their own;
 * - `X-Content-Type-Options: nosniff`: files are only what their type says;
 * - `Referrer-Policy: strict-origin-when-cross-origin`: other sites see the origin, not the path.
 * Policies in several headers are all enforced (the strictest wins), so the per-path policies
 * add to the site-wide one.
 */

/** A path pattern and the headers it gets. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** A document served under a path, and the sandbox it must run in, if any. */
export interface FrameDocument {
  path: string;
  sandbox: string | undefined;
}

/** The site's header rules: site-wide ones, then the sandbox of each frame that needs one. */
export function siteHeaderRules(frames: readonly FrameDocument[]): HeaderRule[] {
  const rules: HeaderRule[] = [
    {
      path: '/*',
      headers: [
        ['Content-Security-Policy', "frame-ancestors 'self'"],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
  ];
  for (const frame of frames) {
    if (frame.sandbox === undefined) continue;
    if (!/^\/[\w/-]+$/.test(frame.path))
      throw new Error(`A frame's path must be a plain absolute path, not "${frame.path}"`);
    if (!/^[a-z-]+( [a-z-]+)*$/.test(frame.sandbox))
      throw new Error(`${frame.path}: "${frame.sandbox}" is not a list of sandbox keywords`);
    // Hosts serve a page at both /page and /page.html.
    for (const path of [frame.path, `${frame.path}.html`]) {
      rules.push({ path, headers: [['Content-Security-Policy', `sandbox ${frame.sandbox}`]] });
    }
  }
  return rules;
}

/** The `_headers` file for a list of rules. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      ({ path, headers }) =>
        `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`
    )
    .join('');
}

/**
 * Reads a `_headers` file back into the headers a path gets, every matching rule added in
 * order (what the hosts do); `*` matches any run of characters. For tests that serve the site
 * as such a host would.
 */
export function headersForPath(file: string, path: string): [string, string][] {
  const headers: [string, string][] = [];
  let matches = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replaceAll('*', '.*')}$`
      );
      matches = pattern.test(path);
      continue;
    }
    const colon = line.indexOf(':');
    if (matches && colon > 0)
      headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return headers;
}
