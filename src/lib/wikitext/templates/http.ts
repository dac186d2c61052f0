/** {{HTTP_Header}}: a header's syntax, direction and whether it is required. */
import { defineTemplateFamily } from '../engine.ts';
import { fence, termItem } from '../markdown.ts';

export const httpHeader = defineTemplateFamily({
  name: 'HTTP header',
  templates: ['http header'],
  parameters: {
    Syntax: 'the header’s grammar, as code',
    Direction: 'request or response, in the Header section',
    Required: 'whether it is required, in the Header section',
    Features: 'more about the header, in the Header section',
  },
  page(call, page) {
    page.setPageType(call.name, call.line);
    const facts = [
      call.has('Direction') && termItem('Direction', call.markdown('Direction')),
      call.has('Required') && termItem('Required', call.markdown('Required')),
    ].filter(Boolean);
    page.section(
      'Header',
      [
        call.has('Syntax') ? fence(call.code('Syntax').trim()) : '',
        facts.join('\n'),
        call.markdown('Features'),
      ]
        .filter(Boolean)
        .join('\n\n')
    );
  },
});
