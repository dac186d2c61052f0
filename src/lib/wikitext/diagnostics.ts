/** A problem found while importing a page, with where it is. */
export interface Diagnostic {
  /** A short stable name, for counting by kind ("unknown-template", "table"…). */
  kind: string;
  message: string;
  /** 1-based line in the wiki page, when known. */
  line: number | undefined;
}

/** Collects warnings (imported, but not perfectly) and errors (the page could not be imported). */
export class Diagnostics {
  readonly warnings: Diagnostic[] = [];
  readonly errors: Diagnostic[] = [];
  // The importer reads some values twice (as plain text for a fact, as Markdown for the page):
  // each problem is reported once.
  readonly #seen = new Set<string>();

  warn(kind: string, message: string, line?: number): void {
    if (this.#first(kind, message, line)) this.warnings.push({ kind, message, line });
  }

  error(kind: string, message: string, line?: number): void {
    if (this.#first(kind, message, line)) this.errors.push({ kind, message, line });
  }

  #first(kind: string, message: string, line: number | undefined): boolean {
    const key = `${kind}\u0000${message}\u0000${line ?? ''}`;
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }
}

/** A diagnostic as one line: "file:line: kind: message". */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}${diagnostic.line ? `:${diagnostic.line}` : ''}: ${diagnostic.kind}: ${diagnostic.message}`;
}
