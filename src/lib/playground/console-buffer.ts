/**
 * The console output of one playground run, batched and capped. Code can log far faster than a
 * page can show it (100,000 lines in a loop): one message per line would flood the page's event
 * loop, so lines are kept here and sent in batches, and past a cap they are only counted.
 */

/** A console line: its level and its text. */
export interface BufferedLine<Level extends string> {
  level: Level;
  text: string;
}

/** What to send: the lines not sent yet, and how many lines have gone beyond the cap so far. */
export interface ConsoleBatch<Level extends string> {
  lines: BufferedLine<Level>[];
  more: number;
}

/** Limits of a console buffer. */
export interface ConsoleLimits {
  /** Lines kept per run; later lines are counted, not kept. */
  maxLines: number;
  /** Urgent lines (errors) kept past `maxLines`, so that a long log does not hide a failure. */
  maxUrgent: number;
  /** The longest line kept; longer text is cut and marked with "…". */
  maxLength: number;
  /** The most lines one batch carries. */
  maxBatch: number;
}

/** Collects a run's console lines until they are taken in batches. */
export class ConsoleBuffer<Level extends string> {
  readonly #limits: ConsoleLimits;
  #waiting: BufferedLine<Level>[] = [];
  #kept = 0;
  #urgentKept = 0;
  #more = 0;
  #moreSent = 0;

  constructor(limits: ConsoleLimits) {
    this.#limits = limits;
  }

  /** Records a line, or only counts it once the cap is reached (urgent lines have more room). */
  add(level: Level, text: string, urgent = false): void {
    if (this.#kept < this.#limits.maxLines) this.#kept++;
    else if (urgent && this.#urgentKept < this.#limits.maxUrgent) this.#urgentKept++;
    else {
      this.#more++;
      return;
    }
    const max = this.#limits.maxLength;
    this.#waiting.push({ level, text: text.length > max ? `${text.slice(0, max - 1)}…` : text });
  }

  /** Whether a full batch is waiting (send it now rather than on the next tick). */
  get full(): boolean {
    return this.#waiting.length >= this.#limits.maxBatch;
  }

  /** The next batch, or undefined when nothing is new since the last one. */
  take(): ConsoleBatch<Level> | undefined {
    if (this.#waiting.length === 0 && this.#more === this.#moreSent) return undefined;
    const lines = this.#waiting.splice(0, this.#limits.maxBatch);
    this.#moreSent = this.#more;
    return { lines, more: this.#more };
  }
}
