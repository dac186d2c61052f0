/** {{Glossary_Item}}: the term titles the page, its definition summarises it. */
import { defineTemplateFamily } from '../engine.ts';
import { longEnough, oneSentence } from '../markdown.ts';

export const glossaryItem = defineTemplateFamily({
  name: 'glossary',
  templates: ['glossary item'],
  parameters: {
    Term: 'the page’s title',
    Definition: 'the Definition section, and the summary when the page has none',
  },
  page(call, page) {
    page.setPageType(call.name, call.line);
    if (call.text('Term')) page.draft.title = call.text('Term');
    const definition = call.text('Definition');
    if (definition && !page.draft.summary)
      page.draft.summary = longEnough(page.draft.title, oneSentence(definition));
    page.section('Definition', call.markdown('Definition'));
  },
});
