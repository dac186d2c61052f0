/**
 * `<wp-worker-demo>`: a dedicated module worker that echoes what it gets (echo.worker.ts). Send
 * data and get it back; see a DataCloneError for data that cannot be cloned; compare cloning and
 * transferring an ArrayBuffer.
 */
import { BUFFER_MEGABYTES, parseBufferSize } from '~/lib/messaging/buffer-size';
import { describeData, inspectMessageEvent } from '~/lib/messaging/inspect';
import { activate, control, inspect, log, type DemoParts } from './ui';
import { isWorkerResponse, type WorkerRequest } from './protocol';

class WorkerDemo extends HTMLElement {
  #parts: DemoParts | undefined;
  #worker: Worker | undefined;
  #pending: ((byteLength: number) => void) | undefined;
  #abort = new AbortController();

  connectedCallback(): void {
    const parts = activate(this);
    this.#parts = parts;
    if (typeof Worker === 'undefined') {
      log(parts, 'error', 'This browser has no Worker: the demo cannot run here.');
      return;
    }
    // #region start
    const worker = new Worker(new URL('./echo.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event) => this.#onMessage(event));
    worker.addEventListener('messageerror', () =>
      log(parts, 'error', 'messageerror: a reply could not be deserialized')
    );
    worker.addEventListener('error', (event) =>
      log(parts, 'error', `the worker failed: ${event.message}`)
    );
    // #endregion
    this.#worker = worker;
    this.dataset['workerState'] = 'started';
    log(parts, 'info', 'Module worker started.');

    const signal = this.#abort.signal;
    control<HTMLFormElement>(this, 'form').addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#post({
          kind: 'echo',
          value: {
            text: control<HTMLInputElement>(this, 'text').value.slice(0, 1000),
            sentAt: new Date(),
          },
        });
      },
      { signal }
    );
    control<HTMLButtonElement>(this, 'send-function').addEventListener(
      'click',
      () => this.#sendFunction(),
      { signal }
    );
    control<HTMLButtonElement>(this, 'send-module').addEventListener(
      'click',
      () => this.#sendModule(),
      { signal }
    );
    control<HTMLButtonElement>(this, 'clone').addEventListener(
      'click',
      () => void this.#measure(false),
      { signal }
    );
    control<HTMLButtonElement>(this, 'transfer').addEventListener(
      'click',
      () => void this.#measure(true),
      { signal }
    );
    const size = control<HTMLInputElement>(this, 'size');
    size.addEventListener(
      'input',
      () => {
        size.setCustomValidity('');
        size.removeAttribute('aria-invalid');
      },
      { signal }
    );
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #post(request: WorkerRequest, transfer: Transferable[] = []): void {
    this.#worker?.postMessage(request, transfer);
    if (this.#parts && request.kind === 'echo')
      log(this.#parts, 'sent', `${describeData(request.value, 200)} to the worker`);
  }

  #sendFunction(): void {
    if (!this.#parts) return;
    try {
      this.#worker?.postMessage({ kind: 'echo', value: () => 'functions cannot be cloned' });
      log(this.#parts, 'info', 'The function was posted (this browser cloned it?)');
    } catch (error) {
      // The structured clone algorithm throws in the sender: no message is sent, no event fires.
      const { name, message } = error as DOMException;
      log(this.#parts, 'error', `${name}: ${message}`);
    }
  }

  #sendModule(): void {
    if (!this.#parts) return;
    try {
      const module = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      this.#post({ kind: 'echo', value: module });
    } catch (error) {
      log(this.#parts, 'error', `${(error as Error).name}: ${(error as Error).message}`);
    }
  }

  async #measure(transfer: boolean): Promise<void> {
    const parts = this.#parts;
    if (!parts || this.#pending) return;
    const input = control<HTMLInputElement>(this, 'size');
    const result = control<HTMLOutputElement>(this, transfer ? 'transfer-result' : 'clone-result');
    const size = parseBufferSize(input.value);
    if ('error' in size) {
      // Refused, not replaced by a size the reader did not ask for.
      input.setCustomValidity(size.error);
      input.setAttribute('aria-invalid', 'true');
      input.reportValidity();
      result.value = `⚠ Refused: enter ${BUFFER_MEGABYTES.min} to ${BUFFER_MEGABYTES.max} (MB)`;
      log(parts, 'error', `Buffer size refused. ${size.error}`);
      return;
    }
    const { megabytes } = size;
    const buffer = new ArrayBuffer(megabytes * 1024 * 1024);
    const started = performance.now();
    const received = new Promise<number>((resolve) => (this.#pending = resolve));
    this.#post({ kind: 'measure', buffer }, transfer ? [buffer] : []);
    const byteLength = await received;
    const elapsed = performance.now() - started;
    this.#pending = undefined;
    const after = `the page's buffer now has byteLength ${buffer.byteLength}${'detached' in buffer ? ` (detached: ${String(buffer.detached)})` : ''}`;
    log(
      parts,
      'received',
      `${transfer ? 'Transferred' : 'Cloned'} ${megabytes} MB in ${elapsed.toFixed(1)} ms round trip; the worker got ${byteLength} bytes; ${after}.`
    );
    result.value = `${elapsed.toFixed(1)} ms, sender byteLength ${buffer.byteLength}`;
  }

  #onMessage(event: MessageEvent): void {
    const parts = this.#parts;
    if (!parts) return;
    if (!isWorkerResponse(event.data)) {
      log(parts, 'rejected', 'a malformed message from the worker; ignored');
      return;
    }
    const response = event.data;
    if (response.kind === 'echo') {
      log(parts, 'received', `${describeData(response.value, 200)} back from the worker`);
      if (typeof WebAssembly !== 'undefined' && response.value instanceof WebAssembly.Module) {
        log(
          parts,
          'info',
          'No messageerror: a dedicated worker shares this page’s agent cluster, so the module arrives. A frame with an opaque origin does not (see the cross-document demo).'
        );
      }
      inspect(
        parts,
        'The reply as this page saw it',
        inspectMessageEvent(event, () => 'not null')
      );
    } else if (response.kind === 'measured') {
      this.#pending?.(response.byteLength);
    }
  }
}

if (!customElements.get('wp-worker-demo')) customElements.define('wp-worker-demo', WorkerDemo);
