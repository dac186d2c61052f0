import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { codeBlockTitled } from '~/lib/code/fenced-code';

/**
 * The examples the pages show, run as shown: the code is read from the MDX file, so a page
 * cannot say one thing while its tested code does another.
 */

const MESSAGE_PAGE = 'src/content/reference/dom/Window/message.mdx';
const message = readFileSync(MESSAGE_PAGE, 'utf8');
const example = (title: string) => codeBlockTitled(message, title, MESSAGE_PAGE).code;

type Listener = (event: unknown) => void;

/** Runs a page's script with its globals replaced, returning the message listener it adds. */
function runScript(code: string, globals: Record<string, unknown> = {}): Listener {
  let listener: Listener | undefined;
  const addEventListener = (type: string, callback: Listener) => {
    if (type === 'message') listener = callback;
  };
  const names = Object.keys(globals);
  // The code is the page's own example, run as the page shows it.
  new Function('addEventListener', ...names, code)(addEventListener, ...Object.values(globals));
  if (!listener) throw new Error('the example adds no message listener');
  return listener;
}

/** The origins the page's "do not use" block says get through a naive check. */
const naiveChecks = example('do not use: tests that accept other sites')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => {
    const match = /^(.*);\s*\/\/ true for (\S+)/.exec(line);
    if (!match) throw new Error(`${MESSAGE_PAGE}: cannot read the check "${line}"`);
    return { check: match[1] as string, origin: match[2] as string };
  });

describe('the message page’s receiver example', () => {
  const receive = (origin: string, data: unknown) => {
    const source = { postMessage: vi.fn() };
    runScript(example('receiver, on https://widgets.example'))({ origin, data, source });
    return source.postMessage;
  };
  const greeting = { type: 'greeting', text: 'Hi' };

  test('replies to a well-formed message from the allowed origin, to that origin', () => {
    expect(receive('https://app.example', greeting)).toHaveBeenCalledWith(
      { type: 'reply', text: 'Hi back' },
      'https://app.example'
    );
  });

  test.each([
    'https://app.example.evil.test',
    'https://evilapp.example',
    'http://app.example',
    'https://app.example:8443',
    'null',
    '',
  ])('ignores a message from %s', (origin) => {
    expect(receive(origin, greeting)).not.toHaveBeenCalled();
  });

  test('ignores every origin the page says a naive check lets through', () => {
    expect(naiveChecks.length).toBeGreaterThanOrEqual(3);
    for (const { origin } of naiveChecks) expect(receive(origin, greeting)).not.toHaveBeenCalled();
  });

  test.each([null, 'greeting', { type: 'greeting' }, { type: 'other', text: 'x' }, [greeting]])(
    'ignores data of the wrong shape (%j) even from the allowed origin',
    (data) => {
      expect(receive('https://app.example', data)).not.toHaveBeenCalled();
    }
  );
});

describe('the message page’s naive origin checks', () => {
  test.each(naiveChecks)('$check is true for $origin', ({ check, origin }) => {
    // The code is the page's own example, run as the page shows it.
    expect(new Function('event', `return ${check};`)({ origin })).toBe(true);
  });
});

describe('the message page’s worker example', () => {
  test('sums a list of finite numbers and ignores anything else', () => {
    const postMessage = vi.fn();
    const listener = runScript(example('sum.worker.js'), { postMessage });
    listener({ data: { numbers: [1, 2, 3] } });
    listener({ data: { numbers: [1, 'two'] } });
    listener({ data: { numbers: [1, Infinity] } });
    listener({ data: {} });
    expect(postMessage.mock.calls).toEqual([[{ sum: 6 }]]);
  });
});

describe('the postMessage page’s popup example', () => {
  const PAGE = 'src/content/reference/dom/Window/postMessage.mdx';
  const code = codeBlockTitled(
    readFileSync(PAGE, 'utf8'),
    'opener, on https://app.example',
    PAGE
  ).code;
  const popup = { postMessage: vi.fn() };
  const listener = runScript(code, { window: { open: () => popup } });

  test('posts only once the popup it opened says it is ready, to the popup’s origin', () => {
    listener({ source: popup, origin: 'https://widgets.example', data: { type: 'other' } });
    listener({ source: {}, origin: 'https://widgets.example', data: { type: 'ready' } });
    listener({
      source: popup,
      origin: 'https://widgets.example.evil.test',
      data: { type: 'ready' },
    });
    expect(popup.postMessage).not.toHaveBeenCalled();
    listener({ source: popup, origin: 'https://widgets.example', data: { type: 'ready' } });
    expect(popup.postMessage.mock.calls).toEqual([[{ type: 'hello' }, 'https://widgets.example']]);
  });
});

describe('the MessageChannel page’s frame example', () => {
  const PAGE = 'src/content/reference/apis/web-messaging/MessageChannel.mdx';
  const code = codeBlockTitled(readFileSync(PAGE, 'utf8'), 'in the frame', PAGE).code;
  const listener = runScript(code);

  test('uses the port only from the expected origin and message', () => {
    const port = { postMessage: vi.fn() };
    listener({ origin: 'https://app.example.evil.test', data: { type: 'connect' }, ports: [port] });
    listener({ origin: 'https://app.example', data: { type: 'other' }, ports: [port] });
    listener({ origin: 'https://app.example', data: null, ports: [port] });
    listener({ origin: 'https://app.example', data: { type: 'connect' }, ports: [] });
    expect(port.postMessage).not.toHaveBeenCalled();
    listener({ origin: 'https://app.example', data: { type: 'connect' }, ports: [port] });
    expect(port.postMessage.mock.calls).toEqual([['Connected']]);
  });
});
