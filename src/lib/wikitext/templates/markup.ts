/** {{Markup_Element}} and {{Markup_Attribute}}: HTML elements and attributes. */
import { defineTemplateFamily } from '../engine.ts';
import { termItem } from '../markdown.ts';
import { setAppliesTo } from './applies-to.ts';

export const markupElement = defineTemplateFamily({
  name: 'markup element',
  templates: ['markup element'],
  parameters: {
    Content: 'the page’s text',
    DOM_interface: 'the element’s DOM interface, linked in the Element section',
    Tag_omissions: 'a row of the Element section',
    CSS_display: 'a row of the Element section',
    Categories: 'a row of the Element section',
    Contexts: 'a row of the Element section',
    Model: 'a row of the Element section',
    Attributes: 'a row of the Element section',
    ARIA_roles: 'a row of the Element section',
    ARIA_states: 'a row of the Element section',
  },
  page(call, page) {
    page.setPageType(call.name, call.line);
    page.add(call.markdown('Content'));
    const domInterface = call.code('DOM_interface').trim();
    const rows = [
      domInterface &&
        termItem('DOM interface', page.links.wikiLink(domInterface, undefined, call.line)),
      ...(
        [
          ['Tag_omissions', 'Tag omissions'],
          ['CSS_display', 'CSS display'],
          ['Categories', 'Categories'],
          ['Contexts', 'Contexts'],
          ['Model', 'Content model'],
          ['Attributes', 'Attributes'],
          ['ARIA_roles', 'ARIA roles'],
          ['ARIA_states', 'ARIA states'],
        ] as const
      ).map(([key, label]) => call.has(key) && termItem(label, call.markdown(key))),
    ].filter(Boolean);
    page.section('Element', rows.join('\n'));
  },
});

export const markupAttribute = defineTemplateFamily({
  name: 'markup attribute',
  templates: ['markup attribute'],
  parameters: {
    Content: 'the page’s text',
    Applies_to: 'wiki.appliesTo: the element it applies to',
    Property_applies_to: 'wiki.appliesTo: the DOM interface whose property reflects it',
  },
  page(call, page) {
    page.setPageType(call.name, call.line);
    setAppliesTo(call, 'Applies_to', page);
    setAppliesTo(call, 'Property_applies_to', page);
    page.add(call.markdown('Content'));
  },
});

/** The templates of an element's facts ({{Markup Element Category|name=…}}), inside its rows. */
export const markupElementFacts = defineTemplateFamily({
  name: 'markup element facts',
  templates: [
    'markup element category',
    'markup element context',
    'markup element model',
    'markup element attribute',
  ],
  parameters: { name: 'the category or attribute', description: 'what it says' },
  inline(call) {
    const name = call.markdown('name');
    const description = call.markdown('description');
    return name && description ? `**${name}**: ${description}` : name || description;
  },
});
