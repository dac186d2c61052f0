/**
 * `<wp-playground>`: edit an example and run it in a sandboxed frame with an opaque origin
 * (`sandbox="allow-scripts"`, no `allow-same-origin`). Every run gets a fresh frame, so nothing a
 * run defines (globals, listeners, timers) is there for the next; the frame is thrown away when
 * the run ends. Console output and errors come back as text, in batches, capped. A run ends when
 * the runner reports it finished (its timers done and quiet: see frames/runner.ts), when the
 * reader stops it, or at the time limit.
 */
import { createCodeEditor } from './code-editor';
import { activate, control, log, type DemoParts } from './ui';
import {
  MAX_CONSOLE_LINES,
  MAX_ERROR_LINES,
  isRunnerMessage,
  type ConsoleLine,
  type RunCode,
  type RunnerMessage,
} from './protocol';

/** How long a run may take before the reader is offered Stop. */
const SLOW_RUN_MS = 1500;
/** How long a run may take at most: then it is stopped. */
const RUN_LIMIT_MS = 10_000;
/** How long a fresh frame may take to load its runner. */
const START_LIMIT_MS = 10_000;
/** A runner that has not reported for this long is busy: its thread never returns. */
const SILENT_MS = 1500;

/** A frame whose runner has loaded, or is loading. */
interface RunnerFrame {
  frame: HTMLIFrameElement;
  ready: Promise<boolean>;
  onReady: () => void;
}

/** The run in progress. */
interface Run {
  id: string;
  runner: RunnerFrame;
  timers: ReturnType<typeof setTimeout>[];
  lastHeard: number;
  pending: { timers: number; animationFrames: number };
  errors: number;
}

class Playground extends HTMLElement {
  #parts: DemoParts | undefined;
  #spare: RunnerFrame | undefined;
  #run: Run | undefined;
  #abort = new AbortController();
  #redraw: (() => void) | undefined;
  // Console lines received and not drawn yet, lines drawn, and lines beyond the cap.
  #queued: ConsoleLine[] = [];
  #shown = 0;
  #more = 0;
  #frameRequest = 0;

  connectedCallback(): void {
    this.#parts = activate(this);
    const parts = this.#parts;
    const signal = this.#abort.signal;
    addEventListener('message', (event) => this.#onMessage(event), { signal });
    control<HTMLButtonElement>(this, 'run').addEventListener('click', () => void this.#start(), {
      signal,
    });
    control<HTMLButtonElement>(this, 'stop').addEventListener(
      'click',
      () => this.#end('Stopped by you.'),
      { signal }
    );
    control<HTMLButtonElement>(this, 'reset').addEventListener('click', () => this.#reset(), {
      signal,
    });
    this.#redraw = createCodeEditor(control<HTMLTextAreaElement>(this, 'code'), {
      onRun: () => void this.#start(),
      onTabModeChange: (tabMovesFocus) => {
        if (tabMovesFocus) parts.status.textContent = 'Tab now moves focus out of the editor.';
      },
      signal,
    });
    this.#spare = this.#newFrame();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#end(undefined);
    this.#spare?.frame.remove();
    this.#spare = undefined;
  }

  /** A new sandboxed frame loading the runner; it accepts one run. */
  #newFrame(): RunnerFrame {
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts');
    frame.title = 'Sandbox that runs the example';
    frame.className = 'wp-runner-frame';
    frame.src = this.dataset['runnerSrc'] ?? 'about:blank';
    let onReady = () => {};
    const ready = new Promise<boolean>((resolve) => {
      onReady = () => resolve(true);
      setTimeout(() => resolve(false), START_LIMIT_MS);
    });
    control<HTMLElement>(this, 'frames').append(frame);
    return { frame, ready, onReady };
  }

  async #start(): Promise<void> {
    const parts = this.#parts;
    if (!parts) return;
    if (this.#run) this.#end('Stopped the previous run.');
    const runner = this.#spare ?? this.#newFrame();
    this.#spare = undefined;
    const run: Run = {
      id: crypto.randomUUID(),
      runner,
      timers: [],
      lastHeard: performance.now(),
      pending: { timers: 0, animationFrames: 0 },
      errors: 0,
    };
    this.#run = run;
    this.#clearOutput();
    this.dataset['running'] = '';
    control<HTMLButtonElement>(this, 'stop').disabled = false;
    log(parts, 'info', 'Running in a new sandboxed frame…');

    const started = await runner.ready;
    if (this.#run !== run) return; // stopped while the frame loaded
    if (!started) {
      this.#end('The sandbox did not start: its runner did not load.');
      return;
    }
    const message: RunCode = {
      wp: 'run',
      runId: run.id,
      code: control<HTMLTextAreaElement>(this, 'code').value,
    };
    // The frame's origin is opaque: "*" is the only target origin that reaches it. It receives
    // only the reader's own code.
    runner.frame.contentWindow?.postMessage(message, '*');
    run.lastHeard = performance.now();
    run.timers.push(
      setTimeout(
        () => log(parts, 'info', 'Still running after 1.5 s. Press Stop to end it.'),
        SLOW_RUN_MS
      ),
      setTimeout(() => this.#end(this.#timeoutReason(run)), RUN_LIMIT_MS)
    );
  }

  /** Why a run that reached the time limit had not finished, as far as the page can tell. */
  #timeoutReason(run: Run): string {
    const seconds = RUN_LIMIT_MS / 1000;
    if (performance.now() - run.lastHeard > SILENT_MS)
      return `Stopped after ${seconds} s: the code never gave its frame back (a loop that does not end?).`;
    const { timers, animationFrames } = run.pending;
    const waiting = [
      timers ? `${timers} timer${timers === 1 ? '' : 's'}` : '',
      animationFrames
        ? `${animationFrames} animation frame${animationFrames === 1 ? '' : 's'} (a hidden frame draws none)`
        : '',
    ].filter(Boolean);
    return `Stopped after ${seconds} s: ${waiting.length ? `${waiting.join(' and ')} still pending` : 'it kept working'}.`;
  }

  /**
   * Ends the current run, if any: its frame is thrown away. The next run makes its own (only the
   * first run finds one made in advance): nothing loads in the background after a run.
   */
  #end(reason: string | undefined): void {
    const run = this.#run;
    if (!run) return;
    this.#run = undefined;
    for (const timer of run.timers) clearTimeout(timer);
    run.runner.frame.remove();
    delete this.dataset['running'];
    control<HTMLButtonElement>(this, 'stop').disabled = true;
    if (reason && this.#parts) log(this.#parts, 'info', reason);
  }

  #reset(): void {
    const code = control<HTMLTextAreaElement>(this, 'code');
    code.value = code.defaultValue;
    this.#redraw?.();
    this.#end('Stopped, and the example is back as it was.');
    this.#clearOutput();
    if (this.#parts) log(this.#parts, 'info', 'The example is back as it was.');
  }

  #onMessage(event: MessageEvent): void {
    // Only the frames this element made may speak here; their origin is opaque, so the check is
    // on the source, and on the run's id.
    if (event.origin !== 'null' || !isRunnerMessage(event.data)) return;
    const message: RunnerMessage = event.data;
    if (message.wp === 'runner-ready') {
      for (const runner of [this.#spare, this.#run?.runner]) {
        if (runner && event.source === runner.frame.contentWindow) runner.onReady();
      }
      return;
    }
    const run = this.#run;
    if (!run || event.source !== run.runner.frame.contentWindow || message.runId !== run.id) return;
    run.lastHeard = performance.now();
    if (message.wp === 'output') {
      run.errors += message.lines.filter((line) => line.level === 'error').length;
      this.#receive(message.lines, message.more);
    } else if (message.wp === 'progress') {
      run.pending = { timers: message.timers, animationFrames: message.animationFrames };
    } else {
      const { errors } = run;
      const lines = this.#shown + this.#queued.length + this.#more;
      this.#end(
        `Run finished: no timer pending and nothing logged or posted for ${message.quietMs / 1000} s. ` +
          `${lines} console line${lines === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}.`
      );
    }
  }

  /** Queues console lines and draws them at the next frame, many at once. */
  #receive(lines: ConsoleLine[], more: number): void {
    // The runner caps what it sends; the page holds to the same cap whatever arrives.
    const cap = MAX_CONSOLE_LINES + MAX_ERROR_LINES;
    const room = Math.max(0, cap - this.#shown - this.#queued.length);
    this.#queued.push(...lines.slice(0, room));
    // The runner counts what it dropped; the page counts what it drops itself on top.
    this.#more = Math.max(this.#more, more) + Math.max(0, lines.length - room);
    this.#frameRequest ||= requestAnimationFrame(() => this.#draw());
  }

  #draw(): void {
    this.#frameRequest = 0;
    const output = control<HTMLOListElement>(this, 'output');
    const items = this.#queued.map(({ level, text }) => {
      const item = document.createElement('li');
      item.dataset['level'] = level;
      item.textContent = text;
      return item;
    });
    this.#shown += items.length;
    this.#queued = [];
    let note = output.querySelector<HTMLLIElement>('[data-level="more"]');
    if (this.#more > 0) {
      note ??= document.createElement('li');
      note.dataset['level'] = 'more';
      note.textContent = `… and ${this.#more.toLocaleString('en')} more line${this.#more === 1 ? '' : 's'}, not shown: the console keeps the first ${MAX_CONSOLE_LINES} lines of a run, and its errors.`;
    }
    output.append(...items, ...(note && this.#more > 0 ? [note] : []));
    output.scrollTop = output.scrollHeight;
  }

  #clearOutput(): void {
    cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = 0;
    this.#queued = [];
    this.#shown = 0;
    this.#more = 0;
    control<HTMLOListElement>(this, 'output').replaceChildren();
  }
}

if (!customElements.get('wp-playground')) customElements.define('wp-playground', Playground);
