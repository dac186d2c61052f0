/**
 * The JavaScript reference's templates: {{JS_Syntax}} with its formats and parameters,
 * {{JS_Return_Value}} and {{JS_Topics}} (the page's type, the object it belongs to, and its
 * listing of the object's pages).
 */
import { defineTemplateFamily } from '../engine.ts';
import { fence, termItem } from '../markdown.ts';
import { setAppliesTo } from './applies-to.ts';
import { listChildPages } from './listings.ts';
import { normalizeTemplateName } from '../wiki-node.ts';

export const jsSyntax = defineTemplateFamily({
  name: 'JavaScript syntax',
  templates: ['js syntax'],
  parameters: {
    Formats: 'the {{JS Syntax Format}}s: the syntax code block',
    Values: 'the {{JS Syntax Parameter}}s: the Parameters list',
  },
  nested: {
    'js syntax format': { Format: 'one line of the syntax code block' },
    'js syntax parameter': {
      Name: 'the parameter',
      Required: '"Optional" marks it optional',
      Description: 'what it is',
    },
  },
  page(call, page) {
    const formats = call
      .nested('Formats', 'js syntax format')
      .map((format) => format.code('Format').trim())
      .filter(Boolean);
    const values = call
      .nested('Values', 'js syntax parameter')
      .map((value) =>
        termItem(
          value.text('Name'),
          value.markdown('Description'),
          /^optional$/i.test(value.text('Required')) ? 'optional' : undefined
        )
      );
    page.section(
      'Syntax',
      [
        formats.length > 0 ? fence(formats.join('\n'), 'js') : '',
        values.length > 0 ? `### Parameters\n\n${values.join('\n')}` : '',
      ]
        .filter(Boolean)
        .join('\n\n')
    );
  },
});

export const jsReturnValue = defineTemplateFamily({
  name: 'JavaScript return value',
  templates: ['js return value'],
  parameters: { Description: 'the Return value section' },
  page(call, page) {
    // Only functions return values: a JavaScript page with this section is a method.
    if (page.draft.kind === 'overview') page.draft.kind = 'method';
    page.section('Return value', call.markdown('Description'));
  },
});

export const jsTopics = defineTemplateFamily({
  name: 'JavaScript topics',
  templates: ['js topics'],
  parameters: {
    'JS Page Type': 'wiki.type ("JS Method" → "js method")',
    'Applies to': 'wiki.appliesTo: the object ("Date" → javascript/Date)',
  },
  page(call, page) {
    const type = normalizeTemplateName(call.text('JS Page Type'));
    if (type && page.setPageType(type, call.line) && page.draft.kind === 'overview') {
      if (type === 'js method' || type === 'js function') page.draft.kind = 'method';
      if (type === 'js property') page.draft.kind = 'property';
    }
    setAppliesTo(call, 'Applies to', page, 'javascript/');
    // The topics box listed the object's pages: a method's siblings, an object's children.
    const path = page.draft.wikiPath;
    listChildPages(
      page,
      /^javascript\/[^/]+\/./.test(path) ? path.split('/').slice(0, 2).join('/') : path,
      call.line
    );
  },
});
