/**
 * `<wp-playground>`: edit an example and run it in a sandboxed frame with an opaque origin
 * (`sandbox="allow-scripts"`, no `allow-same-origin`). Console output and errors come back as
 * text. A run that does not finish can be stopped: the frame is thrown away and a new one made.
 */
import { activate, control, log, type DemoParts } from './ui';
import { isRunnerOutput, type RunCode } from './protocol';

/** How long a run may take before the reader is offered Stop. */
const SLOW_RUN_MS = 1500;

class Playground extends HTMLElement {
  #parts: DemoParts | undefined;
  #frame: HTMLIFrameElement | undefined;
  #ready: Promise<void> | undefined;
  #runId = '';
  #slow: ReturnType<typeof setTimeout> | undefined;
  #abort = new AbortController();

  connectedCallback(): void {
    this.#parts = activate(this);
    const signal = this.#abort.signal;
    addEventListener('message', (event) => this.#onMessage(event), { signal });
    control<HTMLButtonElement>(this, 'run').addEventListener('click', () => void this.#run(), {
      signal,
    });
    control<HTMLButtonElement>(this, 'stop').addEventListener(
      'click',
      () => this.#stop('Stopped by you.'),
      { signal }
    );
    control<HTMLButtonElement>(this, 'reset').addEventListener('click', () => this.#reset(), {
      signal,
    });
    this.#newFrame();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#frame?.remove();
  }

  #newFrame(): void {
    this.#frame?.remove();
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts');
    frame.title = 'Sandbox that runs the example';
    frame.className = 'wp-runner-frame';
    frame.src = this.dataset['runnerSrc'] ?? 'about:blank';
    this.#ready = new Promise((resolve) =>
      frame.addEventListener('load', () => resolve(), { once: true })
    );
    control<HTMLElement>(this, 'frames').append(frame);
    this.#frame = frame;
  }

  async #run(): Promise<void> {
    const parts = this.#parts;
    if (!parts) return;
    if (this.dataset['running'] !== undefined) this.#stop('Stopped the previous run.');
    await this.#ready;
    control<HTMLOListElement>(this, 'output').replaceChildren();
    this.#runId = crypto.randomUUID();
    const message: RunCode = {
      wp: 'run',
      runId: this.#runId,
      code: control<HTMLTextAreaElement>(this, 'code').value,
    };
    this.dataset['running'] = '';
    control<HTMLButtonElement>(this, 'stop').disabled = false;
    this.#slow = setTimeout(
      () => log(parts, 'error', 'Still running after 1.5 s. Press Stop to end it.'),
      SLOW_RUN_MS
    );
    // The frame's origin is opaque: "*" is the only target origin that reaches it. It receives
    // only the reader's own code.
    this.#frame?.contentWindow?.postMessage(message, '*');
    log(parts, 'info', 'Running…');
  }

  #stop(reason: string): void {
    clearTimeout(this.#slow);
    delete this.dataset['running'];
    control<HTMLButtonElement>(this, 'stop').disabled = true;
    this.#runId = '';
    this.#newFrame();
    if (this.#parts) log(this.#parts, 'info', reason);
  }

  #reset(): void {
    const code = control<HTMLTextAreaElement>(this, 'code');
    code.value = code.defaultValue;
    if (this.dataset['running'] !== undefined)
      this.#stop('Stopped, and the example is back as it was.');
    control<HTMLOListElement>(this, 'output').replaceChildren();
    if (this.#parts) log(this.#parts, 'info', 'The example is back as it was.');
  }

  #onMessage(event: MessageEvent): void {
    // Only the current runner frame may speak here; its origin is opaque, so check the source.
    if (!this.#frame || event.source !== this.#frame.contentWindow || event.origin !== 'null')
      return;
    if (!isRunnerOutput(event.data) || event.data.runId !== this.#runId || this.#runId === '')
      return;
    const parts = this.#parts;
    if (!parts) return;
    const { level, text } = event.data;
    if (level === 'done') {
      clearTimeout(this.#slow);
      delete this.dataset['running'];
      control<HTMLButtonElement>(this, 'stop').disabled = true;
      log(parts, 'info', 'Run finished.');
      return;
    }
    const item = document.createElement('li');
    item.dataset['level'] = level;
    item.textContent = text;
    control<HTMLOListElement>(this, 'output').append(item);
    if (level === 'error') log(parts, 'error', text);
  }
}

if (!customElements.get('wp-playground')) customElements.define('wp-playground', Playground);
