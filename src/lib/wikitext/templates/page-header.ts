/**
 * The templates at the head of every wiki page: its title, the API it belongs to, its topics,
 * its translations and where it stands in the standards process.
 */
import type { PageDraft } from '../draft.ts';
import { defineTemplateFamily } from '../engine.ts';
import { escapeMarkdown } from '../markdown.ts';

/** The wiki's status names → the site's (src/schemas/reference-page.ts). */
const STATUS_MAP: Record<string, PageDraft['standardization']> = {
  'w3c recommendation': 'recommendation',
  'w3c proposed recommendation': 'candidate-recommendation',
  'w3c candidate recommendation': 'candidate-recommendation',
  'w3c last call working draft': 'working-draft',
  'w3c working draft': 'working-draft',
  "w3c editor's draft": 'editors-draft',
  "editor's draft": 'editors-draft',
  'living standard': 'living-standard',
  'whatwg living standard': 'living-standard',
  'non-standard': 'non-standard',
  obsolete: 'obsolete',
  deprecated: 'obsolete',
  'ecmascript standard': 'recommendation',
  'ecmascript 5': 'recommendation',
};

/** {{Page_Title}}: the page's title, when it is not the last segment of its path. */
export const pageTitle = defineTemplateFamily({
  name: 'page title',
  templates: ['page title'],
  once: true,
  parameters: { '1': 'the title, when it differs from the path' },
  page(call, page) {
    if (call.text('1')) page.draft.title = call.text('1');
  },
});

/** {{API_Name}}: the API's name for the wiki's own queries; the page's path says it too. */
export const apiName = defineTemplateFamily({
  name: 'API name',
  templates: ['api name'],
  once: true,
  parameters: { '1': 'not imported: the wiki used it for its own queries' },
  page() {},
});

/** {{Languages}}: the wiki's list of translations; translations are files of their own here. */
export const languages = defineTemplateFamily({
  name: 'languages',
  templates: ['languages', 'wpdlanguages'],
  once: true,
  parameters: { '1': 'not imported: translations are pages of their own (wiki.lang)' },
  page() {},
  inline: () => '',
});

/** {{Standardization_Status}}: where the feature stands, in the site's terms. */
export const standardizationStatus = defineTemplateFamily({
  name: 'standardization status',
  templates: ['standardization status'],
  once: true,
  parameters: { '1': 'the status, mapped to the site’s standardization values' },
  page(call, page) {
    const status = call.text('1');
    const mapped = STATUS_MAP[status.toLowerCase()];
    if (status && !mapped)
      page.diagnostics.warn(
        'unknown-status',
        `standardization status "${status}" is not one the site knows; recorded as unknown`,
        call.line
      );
    page.draft.standardization = mapped ?? 'unknown';
  },
});

/** {{Topics}}: the wiki's topics, listed on the page. */
export const topics = defineTemplateFamily({
  name: 'topics',
  templates: ['topics'],
  once: true,
  parameters: { '1': 'the topics, comma-separated: a list under "Topics"' },
  page(call, page) {
    const list = call
      .text('1')
      .split(',')
      .map((topic) => topic.trim())
      .filter(Boolean);
    page.section('Topics', list.map((topic) => `- ${escapeMarkdown(topic)}`).join('\n'));
  },
});
