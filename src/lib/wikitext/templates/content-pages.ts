/**
 * Page types whose page is mostly free text ({{Tutorial}}, {{Guide}}, {{Concept_Page}},
 * {{CSS_Selector}}…): their Content is the page's text; tutorials also link their series.
 */
import { defineTemplateFamily } from '../engine.ts';
import { addExamples, SINGLE_EXAMPLE } from './examples.ts';

const CONTENT = {
  Content: 'the page’s text',
  Examples: 'the {{Single Example}}s: the Examples section',
} as const;

export const tutorials = defineTemplateFamily({
  name: 'tutorial',
  templates: ['tutorial', 'guide'],
  parameters: {
    ...CONTENT,
    Prev_page: 'the previous part of the series, in “In this series”',
    Next_page: 'the next part of the series, in “In this series”',
  },
  nested: { 'single example': SINGLE_EXAMPLE },
  page(call, page) {
    page.setPageType(call.name, call.line);
    page.add(call.markdown('Content'));
    addExamples(call.nested('Examples', 'single example'), page);
    const item = (label: string, key: 'Prev_page' | 'Next_page') => {
      const target = call.code(key).trim();
      return target ? `- ${label}: ${page.links.wikiLink(target, undefined, call.line)}` : '';
    };
    page.section(
      'In this series',
      [item('Previous', 'Prev_page'), item('Next', 'Next_page')].filter(Boolean).join('\n')
    );
  },
});

export const contentPages = defineTemplateFamily({
  name: 'content page',
  templates: [
    'concept page',
    'concept',
    'basic page',
    'css selector',
    'css function',
    'css at rule',
    'css media feature',
    'data type page',
    'constant',
    'markup structure',
  ],
  parameters: CONTENT,
  nested: { 'single example': SINGLE_EXAMPLE },
  page(call, page) {
    page.setPageType(call.name, call.line);
    page.add(call.markdown('Content'));
    addExamples(call.nested('Examples', 'single example'), page);
  },
});
