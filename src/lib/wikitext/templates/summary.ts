/** {{Summary_Section}}: the page's summary sentence (frontmatter) and its Summary section. */
import { defineTemplateFamily } from '../engine.ts';
import { longEnough, oneSentence } from '../markdown.ts';

export const summary = defineTemplateFamily({
  name: 'summary',
  templates: ['summary section'],
  once: true,
  parameters: {
    '1': 'the summary: its first sentence, as text, is the page’s summary; all of it, the Summary section',
  },
  page(call, page) {
    // The text a reader sees: "<code>&lt;video&gt;</code>" is "<video>", a link is its label.
    const text = call.text('1');
    if (text) page.draft.summary = longEnough(page.draft.title, oneSentence(text));
    page.section('Summary', call.markdown('1'));
  },
});
