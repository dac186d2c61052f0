/** A problem found while importing a page, with where it is. */
export interface Diagnostic {
  /** A short stable name, for counting by kind ("unknown-template", "table"…). */
  kind: string;
  message: string;
  /** 1-based line in the wiki page, when known. */
  line: number | undefined;
  /**
   * What the problem is about, for counting across pages: a template ("{{mystery}}"), a
   * parameter ("{{notes section}} Mystery"), a missing page's title.
   */
  subject?: string;
}

/**
 * Where a problem is: a line, or a function that finds it. Finding a node's line costs a pass
 * over its parent's text, so converters pass the function and only a reported problem runs it.
 */
export type LineRef = number | undefined | (() => number | undefined);

/** Collects warnings (imported, but not perfectly) and errors (the page could not be imported). */
export class Diagnostics {
  readonly warnings: Diagnostic[] = [];
  readonly errors: Diagnostic[] = [];
  // The importer reads some values twice (as plain text for a fact, as Markdown for the page):
  // each problem is reported once.
  readonly #seen = new Set<string>();

  warn(kind: string, message: string, where?: LineRef, subject?: string): void {
    const line = typeof where === 'function' ? where() : where;
    if (this.#first(kind, message, line))
      this.warnings.push(diagnostic(kind, message, line, subject));
  }

  error(kind: string, message: string, where?: LineRef): void {
    const line = typeof where === 'function' ? where() : where;
    if (this.#first(kind, message, line)) this.errors.push(diagnostic(kind, message, line));
  }

  #first(kind: string, message: string, line: number | undefined): boolean {
    const key = `${kind}\u0000${message}\u0000${line ?? ''}`;
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }
}

function diagnostic(kind: string, message: string, line: number | undefined, subject?: string) {
  return subject === undefined ? { kind, message, line } : { kind, message, line, subject };
}

/** A diagnostic as one line: "file:line: kind: message". */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}${diagnostic.line ? `:${diagnostic.line}` : ''}: ${diagnostic.kind}: ${diagnostic.message}`;
}
