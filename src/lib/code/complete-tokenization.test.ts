import { describe, expect, test } from 'vitest';
import { createHighlighter } from 'shiki';
import { completeTokenization } from './complete-tokenization';

describe('completeTokenization', () => {
  test('a line is tokenized to its end however long tokenizing takes', async () => {
    const shiki = await createHighlighter({ themes: ['github-light-default'], langs: ['js'] });
    const code = "const auth = new BroadcastChannel('auth');";
    // A limit no real tokenizer can meet stands for a busy machine.
    const limited = shiki.codeToTokens(code, {
      lang: 'js',
      theme: 'github-light-default',
      tokenizeTimeLimit: Number.MIN_VALUE,
    });
    const options = {
      lang: 'js',
      theme: 'github-light-default',
      tokenizeTimeLimit: Number.MIN_VALUE,
      transformers: [completeTokenization()],
    };
    const complete = shiki.codeToHast(code, options);
    expect(limited.tokens[0]?.length).toBeLessThan(5);
    expect(options.tokenizeTimeLimit).toBe(0);
    expect(JSON.stringify(complete)).toContain(`"'auth'"`);
    shiki.dispose();
  });
});
