/** {{See_Also_Section}}: the wiki's own see-also links. */
import { defineTemplateFamily } from '../engine.ts';

export const seeAlso = defineTemplateFamily({
  name: 'see also',
  templates: ['see also section'],
  parameters: {
    Manual_links: 'links to other pages, in “See also on the wiki”',
    Manual_sections: 'sections of other pages, in “See also on the wiki”',
    External_links: 'links to other sites, under “Elsewhere on the web”',
    Topic_clusters: 'the wiki’s topic clusters, under “Topic clusters”',
  },
  page(call, page) {
    const parts = [
      call.markdown('Manual_links'),
      call.markdown('Manual_sections'),
      call.markdown('External_links') &&
        `### Elsewhere on the web\n\n${call.markdown('External_links')}`,
      call.markdown('Topic_clusters') && `### Topic clusters\n\n${call.markdown('Topic_clusters')}`,
    ].filter(Boolean);
    page.section('See also on the wiki', parts.join('\n\n'));
  },
});
