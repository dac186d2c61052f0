/**
 * `<wp-channel-demo>`: a MessageChannel whose second port is transferred to a worker. Messages go
 * both ways over the port; with "call start()" off, the worker's port never delivers anything.
 */
import { inspectMessageEvent } from '~/lib/messaging/inspect';
import { activate, control, inspect, log, type DemoParts } from './ui';
import { isWorkerResponse } from './protocol';

class ChannelDemo extends HTMLElement {
  #parts: DemoParts | undefined;
  #worker: Worker | undefined;
  #port: MessagePort | undefined;
  #abort = new AbortController();
  #silence: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#parts = activate(this);
    const signal = this.#abort.signal;
    control<HTMLButtonElement>(this, 'connect').addEventListener('click', () => this.#connect(), {
      signal,
    });
    control<HTMLFormElement>(this, 'form').addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#send();
      },
      { signal }
    );
    log(this.#parts, 'info', 'Press "Open a channel" to transfer a port to a new worker.');
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#teardown();
  }

  #teardown(): void {
    this.#port?.close();
    this.#worker?.terminate();
    this.#port = undefined;
    this.#worker = undefined;
  }

  #connect(): void {
    const parts = this.#parts;
    if (!parts) return;
    this.#teardown();
    const useStart = control<HTMLInputElement>(this, 'use-start').checked;
    const worker = new Worker(new URL('./echo.worker.ts', import.meta.url), { type: 'module' });
    // #region channel
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => this.#onPortMessage(event); // onmessage starts port1
    worker.postMessage({ kind: 'port', port: channel.port2, useStart }, [channel.port2]);
    // #endregion
    worker.addEventListener('message', (event) => {
      if (isWorkerResponse(event.data) && event.data.kind === 'port-ready') {
        log(
          parts,
          'info',
          `The worker holds port2 and ${event.data.useStart ? 'called' : 'did not call'} port.start().`
        );
      }
    });
    this.#worker = worker;
    this.#port = channel.port1;
    this.dataset['channel'] = 'open';
    log(
      parts,
      'sent',
      `port2 to the worker in the transfer list (${useStart ? 'with' : 'without'} start()).`
    );
  }

  #send(): void {
    const parts = this.#parts;
    if (!parts) return;
    if (!this.#port) {
      log(parts, 'error', 'Open a channel first.');
      return;
    }
    const text = control<HTMLInputElement>(this, 'text').value.slice(0, 1000);
    this.#port.postMessage(text);
    log(parts, 'sent', `${JSON.stringify(text)} on port1`);
    clearTimeout(this.#silence);
    this.#silence = setTimeout(() => {
      log(
        parts,
        'error',
        'No answer after 1 s: the worker’s port was never started, so the message waits in its queue.'
      );
    }, 1000);
  }

  #onPortMessage(event: MessageEvent): void {
    const parts = this.#parts;
    if (!parts) return;
    clearTimeout(this.#silence);
    if (typeof event.data !== 'string' || event.data.length > 2000) {
      log(parts, 'rejected', 'a malformed message on the port; ignored');
      return;
    }
    log(parts, 'received', `${JSON.stringify(event.data)} on port1`);
    inspect(
      parts,
      'The message as port1 saw it',
      inspectMessageEvent(event, () => 'MessagePort')
    );
  }
}

if (!customElements.get('wp-channel-demo')) customElements.define('wp-channel-demo', ChannelDemo);
