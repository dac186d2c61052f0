/** {{Summary_Section}}: the page's summary sentence (frontmatter) and its Summary section. */
import { defineTemplateFamily } from '../engine.ts';
import { longEnough, oneSentence } from '../markdown.ts';
import { markdownText } from '../verify.ts';

export const summary = defineTemplateFamily({
  name: 'summary',
  templates: ['summary section'],
  once: true,
  parameters: {
    '1': 'the summary: its first sentence, as text, is the page’s summary; all of it, the Summary section (unless it is that one plain sentence)',
  },
  page(call, page) {
    // The text a reader sees: "<code>&lt;video&gt;</code>" is "<video>", a link is its label.
    const text = call.text('1');
    // The first summary the page gives is its lede (a glossary term's definition may come first).
    const lede = text !== '' && page.draft.summary === undefined;
    if (lede) page.draft.summary = longEnough(page.draft.title, oneSentence(text));
    // The lede shows the summary sentence: a section of that one plain sentence would say it
    // twice, on the page and in search excerpts. A longer summary, one with links or code, or
    // one that is not the lede keeps its section.
    const markdown = call.markdown('1');
    const plain = markdown.replace(/\s+/g, ' ').trim();
    if (
      lede &&
      plain === markdownText(markdown).replace(/\s+/g, ' ').trim() &&
      oneSentence(plain) === plain
    )
      return;
    page.section('Summary', markdown);
  },
});
