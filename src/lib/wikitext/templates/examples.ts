/** {{Examples_Section}} with its {{Single_Example}}s: the page's Examples section. */
import { defineTemplateFamily, type PageContext, type TemplateCall } from '../engine.ts';
import { fence, markdownLink } from '../markdown.ts';
import { isSafeUrl } from '../links.ts';
import { languageOf } from '../inline.ts';

/** The parameters of {{Single Example}}, for every family whose template holds examples. */
export const SINGLE_EXAMPLE = {
  Language: 'the code block’s language (JavaScript when absent)',
  Description: 'the text above the code',
  Code: 'the code block, as the wiki showed it',
  LiveURL: 'a link to the live example, when it is an http(s) URL',
} as const;

type ExampleCall = TemplateCall<keyof typeof SINGLE_EXAMPLE & string, {}>;

/** One {{Single Example}}: its description, its code as the wiki showed it, its live link. */
function exampleMarkdown(example: ExampleCall, page: PageContext): string {
  const live = example.text('LiveURL');
  let liveLink = '';
  if (live && isSafeUrl(live)) liveLink = markdownLink('View the live example', live);
  else if (live) {
    page.diagnostics.warn(
      'live-url',
      `LiveURL "${live.slice(0, 60)}" is not a URL; kept as code`,
      example.line
    );
    liveLink = `The wiki’s LiveURL field, which is not a URL:\n\n${fence(example.code('LiveURL'))}`;
  }
  return [
    example.markdown('Description'),
    example.has('Code')
      ? fence(example.shownCode('Code'), languageOf(example.text('Language') || 'javascript'))
      : '',
    liveLink,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The Examples section of some {{Single Example}}s. */
export function addExamples(examples: readonly ExampleCall[], page: PageContext): void {
  const rendered = examples.map(
    (example, index) => `### Example ${index + 1}\n\n${exampleMarkdown(example, page)}`
  );
  page.section('Examples', rendered.join('\n\n'));
}

/**
 * A {{Single Example}} in a page's text rather than in an Examples section (a code sample in
 * {{Concept_Page}}'s Content): its description and code where it stands, as the wiki showed it.
 */
export const exampleInText = defineTemplateFamily({
  name: 'example in text',
  templates: ['single example'],
  parameters: SINGLE_EXAMPLE,
  inline: (call, page) => `\n\n${exampleMarkdown(call, page)}\n\n`,
});

export const examples = defineTemplateFamily({
  name: 'examples',
  templates: ['examples section'],
  parameters: {
    Examples: 'the {{Single Example}}s, in order',
    Not_required: 'not imported: the wiki’s editing hint',
  },
  nested: { 'single example': SINGLE_EXAMPLE },
  page(call, page) {
    addExamples(call.nested('Examples', 'single example'), page);
  },
});
