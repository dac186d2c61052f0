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

  warn(kind: string, message: string, line?: number): void {
    this.warnings.push({ kind, message, line });
  }

  error(kind: string, message: string, line?: number): void {
    this.errors.push({ kind, message, line });
  }
}

/** A diagnostic as one line: "file:line: kind: message". */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}${diagnostic.line ? `:${diagnostic.line}` : ''}: ${diagnostic.kind}: ${diagnostic.message}`;
}
