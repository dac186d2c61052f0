/**
 * {{Related_Specifications_Section}} with its {{Related_Specification}}s: https links web-specs
 * knows go to the frontmatter (the site renders them, checked); every one is listed in the body,
 * with its status and what changed in it.
 */
import { defineTemplateFamily } from '../engine.ts';
import { isSafeUrl } from '../links.ts';
import { escapeMarkdown, markdownLink } from '../markdown.ts';
import { findSpec } from '../../specs/spec-titles.ts';

export const specifications = defineTemplateFamily({
  name: 'specifications',
  templates: ['related specifications section'],
  parameters: { Specifications: 'the {{Related Specification}}s' },
  nested: {
    'related specification': {
      Name: 'the specification’s name',
      URL: 'its URL: frontmatter specs when web-specs knows it, the body’s list always',
      Status: 'its status then, in the list',
      Relevant_changes: 'what it changed or where (“Section 4.2”), in the list',
    },
  },
  page(call, page) {
    const rows = call.nested('Specifications', 'related specification').map((spec) => {
      const url = spec.text('URL');
      const name = spec.markdown('Name') || escapeMarkdown(url) || 'A specification';
      if (/^https:\/\//.test(url)) {
        if (findSpec(url, page.options.knownSpecs))
          page.draft.specs.push({ url, section: spec.text('Name') || url });
        else
          page.diagnostics.warn(
            'unknown-spec',
            `${url} is in no specification web-specs lists (an old draft?); listed in the body only`,
            spec.line
          );
      }
      let linked = name;
      if (url && isSafeUrl(url)) linked = markdownLink(name, url);
      else if (url) {
        // Not a URL a page may link to ("www.w3.org/TR/…" without a scheme, "javascript:"): its
        // text is kept beside the name.
        page.diagnostics.warn(
          'unsafe-url',
          `the specification URL ${url.slice(0, 80)} is not http(s); kept as text`,
          spec.line
        );
        if (spec.markdown('Name')) linked = `${name} (${escapeMarkdown(url)})`;
      }
      const status = spec.markdown('Status') || 'status unknown';
      const changes = spec.markdown('Relevant_changes');
      return `- ${linked} (${status})${changes ? `: ${changes.replace(/\s*\n\s*/g, ' ')}` : ''}`;
    });
    page.section('Specifications listed by the wiki', rows.join('\n'));
  },
});
