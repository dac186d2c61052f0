import { Worker } from 'node:worker_threads';
import { describe, expect, test, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { highlightOn, parsedIdl } from './preload';
import { createHighlight } from '~/lib/code/highlight';
import { loadCodeThemes } from '~/lib/code/code-themes';
import { webidlGrammar } from '~/lib/code/webidl-grammar';
import { idl } from '~/data/idl';

const logger = () =>
  ({ warn: vi.fn() }) as unknown as AstroIntegrationLogger & { warn: ReturnType<typeof vi.fn> };
const highlightWorker = () =>
  new Worker(new URL('../lib/code/highlight-worker.ts', import.meta.url));

describe('highlighting on a thread', () => {
  test('gives what highlighting here gives, for a language by name or a grammar', async () => {
    const here = createHighlight(await loadCodeThemes());
    const thread = highlightWorker();
    try {
      const there = highlightOn(thread, logger());
      const code = 'const port = new MessageChannel().port1;\nport.start();\n';
      expect(await there(code, 'ts')).toBe(await here(code, 'ts'));
      const idlCode = 'interface MessagePort : EventTarget { undefined start(); };';
      expect(await there(idlCode, webidlGrammar)).toBe(await here(idlCode, webidlGrammar));
      // Each code is asked once: the same promise for the same code.
      expect(there(code, 'ts')).toBe(there(code, 'ts'));
    } finally {
      await thread.terminate();
    }
  });

  test('a thread that fails leaves the highlighting to this one, and says so', async () => {
    const broken = new Worker('throw new Error("no highlighter")', { eval: true });
    const log = logger();
    const highlight = highlightOn(broken, log);
    const html = await highlight('port.close();', 'js');
    expect(html).toContain('<pre class="astro-code"');
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('no highlighter'));
  });

  test('a thread that stops with a question unanswered leaves it to this one', async () => {
    const stopping = new Worker(
      "require('node:worker_threads').parentPort.once('message', () => process.exit(3));",
      { eval: true }
    );
    const log = logger();
    const html = await highlightOn(stopping, log)('port.close();', 'js');
    expect(html).toContain('<pre class="astro-code"');
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('exit code 3'));
  });
});

describe('the IDL index parsed on a thread', () => {
  test('is the index this thread parses, methods aside', async () => {
    const index = await parsedIdl(logger());
    expect(index?.interfaces.get('MessagePort')).toEqual(idl().interfaces.get('MessagePort'));
    expect(index?.interfaces.size).toBe(idl().interfaces.size);
  });
});
