/**
 * The code runner of the playground: a document loaded in an iframe with `sandbox="allow-scripts"`
 * and no `allow-same-origin`, so the code it runs has an opaque origin and cannot touch the page,
 * its cookies or its storage. It runs code only when its parent asks, and sends back console
 * output and errors as text.
 */
import { describeData } from '~/lib/messaging/inspect';
import { isRunCode, type RunnerOutput } from '../protocol';

let parentOrigin = '*';
let runId = '';

function send(level: RunnerOutput['level'], text: string): void {
  const output: RunnerOutput = { wp: 'output', runId, level, text: text.slice(0, 4000) };
  parent.postMessage(output, parentOrigin);
}

const format = (args: unknown[]) =>
  args.map((arg) => (typeof arg === 'string' ? arg : describeData(arg, 800))).join(' ');
for (const level of ['log', 'info', 'warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    original(...args);
    send(level, format(args));
  };
}

addEventListener('error', (event) =>
  send('error', `Uncaught ${describeData(event.error ?? event.message, 800)}`)
);
addEventListener('unhandledrejection', (event) =>
  send('error', `Uncaught (in promise) ${describeData(event.reason, 800)}`)
);

addEventListener('message', (event) => {
  if (event.source !== parent || !isRunCode(event.data)) return;
  parentOrigin = event.origin;
  runId = event.data.runId;
  try {
    // Running the reader's code is this document's purpose; its opaque origin is the sandbox.
    new Function(event.data.code)();
  } catch (error) {
    send('error', `Uncaught ${describeData(error, 800)}`);
  }
  // Let the code's own queued tasks (messages it posted) run before saying it is done.
  setTimeout(() => send('done', ''), 50);
});

parent.postMessage(
  { wp: 'output', runId: '', level: 'done', text: 'ready' } satisfies RunnerOutput,
  '*'
);
