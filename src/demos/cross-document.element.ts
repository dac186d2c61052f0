/**
 * `<wp-cross-document-demo>`: the page sends greetings to a same-origin receiver frame, and a
 * sandboxed frame (opaque origin "null") tries the same. The receiver checks origins or not, as
 * the reader chooses, and reports each event as it saw it.
 */
import { inspectMessageEvent } from '~/lib/messaging/inspect';
import { activate, control, inspect, log, type DemoParts } from './ui';
import {
  isReceiverReport,
  isReply,
  isSandboxedNotice,
  type ConfigureReceiver,
  type SendAsSandboxed,
} from './protocol';

class CrossDocumentDemo extends HTMLElement {
  #parts: DemoParts | undefined;
  #receiver: HTMLIFrameElement | undefined;
  #sandboxed: HTMLIFrameElement | undefined;
  #abort = new AbortController();

  connectedCallback(): void {
    const parts = activate(this);
    this.#parts = parts;
    const frames = control<HTMLElement>(this, 'frames');
    this.#receiver = this.#frame(this.dataset['receiverSrc'], 'Receiver frame (same origin)');
    this.#sandboxed = this.#frame(
      this.dataset['senderSrc'],
      'Sandboxed sender frame (opaque origin)'
    );
    this.#sandboxed.sandbox.add('allow-scripts');
    frames.replaceChildren(this.#receiver, this.#sandboxed);

    const signal = this.#abort.signal;
    addEventListener('message', (event) => this.#onMessage(event), { signal });
    control<HTMLFormElement>(this, 'form').addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#sendFromPage();
      },
      { signal }
    );
    control<HTMLButtonElement>(this, 'send-sandboxed').addEventListener(
      'click',
      () => this.#sendFromSandboxed(),
      { signal }
    );
    control<HTMLButtonElement>(this, 'send-module').addEventListener(
      'click',
      () => this.#sendModule(),
      { signal }
    );
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="receiver-mode"]')) {
      radio.addEventListener('change', () => this.#configure(), { signal });
    }
    // Sending waits for the frames: a message posted before a frame's script runs is lost.
    const sendButtons = {
      receiver: [control<HTMLButtonElement>(this, 'send-page')],
      sandboxed: [
        control<HTMLButtonElement>(this, 'send-sandboxed'),
        control<HTMLButtonElement>(this, 'send-module'),
      ],
    };
    for (const button of [...sendButtons.receiver, ...sendButtons.sandboxed])
      button.disabled = true;
    this.#receiver.addEventListener(
      'load',
      () => {
        this.#configure();
        for (const button of sendButtons.receiver) button.disabled = false;
      },
      { signal }
    );
    this.#sandboxed.addEventListener(
      'load',
      () => {
        for (const button of sendButtons.sandboxed) button.disabled = false;
      },
      { signal }
    );
    log(parts, 'info', 'Demo ready: the receiver frame checks origins.');
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #frame(src: string | undefined, title: string): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.src = src ?? 'about:blank';
    frame.title = title;
    frame.className = 'wp-demo-frame';
    return frame;
  }

  #text(): string {
    return control<HTMLInputElement>(this, 'text').value.slice(0, 1000);
  }

  #configure(): void {
    const checkOrigin =
      this.querySelector<HTMLInputElement>('input[name="receiver-mode"]:checked')?.value !== 'any';
    const message: ConfigureReceiver = { wp: 'configure', checkOrigin };
    this.#receiver?.contentWindow?.postMessage(message, location.origin);
    if (this.#parts) {
      log(
        this.#parts,
        'info',
        checkOrigin
          ? 'The receiver now checks event.origin against its allow-list.'
          : 'The receiver now accepts messages from anyone (unsafe).'
      );
    }
  }

  #sendFromPage(): void {
    const message = { type: 'greeting', text: this.#text() };
    this.#receiver?.contentWindow?.postMessage(message, location.origin);
    if (this.#parts)
      log(
        this.#parts,
        'sent',
        `${JSON.stringify(message)} to the receiver, targetOrigin ${JSON.stringify(location.origin)}`
      );
  }

  #sendFromSandboxed(): void {
    // The sandboxed frame reaches the receiver as parent.frames[index]; find that index.
    let frameIndex = -1;
    for (let index = 0; index < window.frames.length; index++) {
      if (window.frames[index] === this.#receiver?.contentWindow) frameIndex = index;
    }
    const command: SendAsSandboxed = { wp: 'send-as-sandboxed', frameIndex, text: this.#text() };
    // The sandboxed frame's origin is opaque, so "*" is the only target origin that reaches it;
    // the command carries nothing secret.
    this.#sandboxed?.contentWindow?.postMessage(command, '*');
    if (this.#parts)
      log(
        this.#parts,
        'sent',
        'a command to the sandboxed frame to post the same greeting to the receiver'
      );
  }

  #sendModule(): void {
    if (!this.#parts) return;
    try {
      // The smallest valid module: the "\0asm" magic and version 1.
      const module = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      this.#sandboxed?.contentWindow?.postMessage(module, '*');
      log(
        this.#parts,
        'sent',
        'a WebAssembly.Module to the sandboxed frame, which is in another agent cluster'
      );
    } catch (error) {
      log(this.#parts, 'error', `${(error as Error).name}: ${(error as Error).message}`);
    }
  }

  #onMessage(event: MessageEvent): void {
    const parts = this.#parts;
    if (!parts) return;
    const fromReceiver =
      event.source === this.#receiver?.contentWindow && event.origin === location.origin;
    const fromSandboxed =
      event.source === this.#sandboxed?.contentWindow && event.origin === 'null';
    if (fromReceiver && isReceiverReport(event.data)) {
      const { verdict, reason, rows } = event.data;
      log(parts, verdict === 'accepted' ? 'accepted' : 'rejected', `by the receiver: ${reason}`);
      inspect(parts, `The event as the receiver saw it (${verdict})`, rows);
    } else if (fromReceiver && isReply(event.data)) {
      log(
        parts,
        'received',
        `reply ${JSON.stringify(event.data.text)} from ${JSON.stringify(event.origin)}`
      );
      inspect(
        parts,
        'The reply as this page saw it',
        inspectMessageEvent(event, () => 'WindowProxy of the receiver frame')
      );
    } else if (fromSandboxed && isSandboxedNotice(event.data)) {
      if (event.data.event !== 'ready')
        log(
          parts,
          event.data.event === 'messageerror' ? 'error' : 'received',
          `in the sandboxed frame: ${event.data.detail}`
        );
    } else if (fromReceiver || fromSandboxed) {
      log(parts, 'rejected', 'a malformed message from a demo frame; ignored');
    }
    // Messages from anywhere else are not this demo's: ignore them.
  }
}

if (!customElements.get('wp-cross-document-demo'))
  customElements.define('wp-cross-document-demo', CrossDocumentDemo);
