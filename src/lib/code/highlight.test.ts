import { describe, expect, test } from 'vitest';
import { loadCodeThemes } from './code-themes';
import { createHighlight } from './highlight';
import { webidlGrammar } from './webidl-grammar';

describe('createHighlight', async () => {
  const highlight = createHighlight(await loadCodeThemes());

  test('renders like the Markdown code blocks: Astro’s pre, colours as classes, no styles', async () => {
    const html = await highlight("const channel = new BroadcastChannel('auth');", 'js');
    expect(html).toMatch(/^<pre class="astro-code" tabindex="0" data-language="js"><code>/);
    expect(html).toMatch(/<span class="l\d+ d\d+">const<\/span>/);
    expect(html).not.toContain('style=');
  });

  test('takes the site’s own grammars', async () => {
    const html = await highlight('interface MessagePort : EventTarget {};', webidlGrammar);
    expect(html).toContain('data-language="webidl"');
  });

  test('highlights each code once: the same code gives the same result object', async () => {
    const code = 'port.start();';
    const first = highlight(code, 'js');
    expect(highlight(code, 'js')).toBe(first);
    expect(highlight(code, 'ts')).not.toBe(first);
  });
});
