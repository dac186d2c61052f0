/** {{CSS_Property}} with its {{CSS_Property_Value}}s: the property's definition and values. */
import { defineTemplateFamily } from '../engine.ts';
import { termItem } from '../markdown.ts';

/** The definition table's rows, in the order CSS specifications give them. */
const FACTS = [
  'Initial value',
  'Applies to',
  'Inherited',
  'Media',
  'Computed value',
  'Animatable',
  'CSS percentages',
  'CSS object model property',
] as const;

export const cssProperty = defineTemplateFamily({
  name: 'CSS property',
  templates: ['css property'],
  parameters: {
    Values: 'the {{CSS Property Value}}s: the Values section',
    'Initial value': 'a row of the Definition section',
    'Applies to': 'a row of the Definition section (elements, not a page)',
    Inherited: 'a row of the Definition section',
    Media: 'a row of the Definition section',
    'Computed value': 'a row of the Definition section',
    Animatable: 'a row of the Definition section',
    'CSS percentages': 'a row of the Definition section',
    'CSS object model property': 'a row of the Definition section',
  },
  nested: {
    'css property value': {
      'Data Type': 'the value (a keyword or a type)',
      Description: 'what it means',
    },
  },
  page(call, page) {
    page.setPageType(call.name, call.line);
    page.section(
      'Definition',
      FACTS.filter((fact) => call.has(fact))
        .map((fact) => termItem(fact, call.markdown(fact)))
        .join('\n')
    );
    page.section(
      'Values',
      call
        .nested('Values', 'css property value')
        .map((value) => termItem(value.text('Data Type'), value.markdown('Description')))
        .join('\n')
    );
  },
});

/** {{CSS_Media_Group}}: a media group's description. */
export const cssMediaGroup = defineTemplateFamily({
  name: 'CSS media group',
  templates: ['css media group'],
  parameters: { Description: 'the page’s text' },
  page(call, page) {
    page.setPageType(call.name, call.line);
    page.add(call.markdown('Description'));
  },
});
