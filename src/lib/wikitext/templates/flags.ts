/**
 * The wiki's editorial state: {{Flags}} at the head of a page and the {{Editorial/…}} flags in
 * its text. Both go to the page's review notice (`review` in the frontmatter).
 */
import { defineTemplateFamily } from '../engine.ts';
import { markdownText } from '../verify.ts';

const splitList = (text: string) =>
  text
    .split(/,|\n/)
    .map((item) => item.trim())
    .filter(Boolean);

/** {{Flags}}: state, editors' notes and open issues. */
export const flags = defineTemplateFamily({
  name: 'flags',
  templates: ['flags'],
  once: true,
  parameters: {
    State: 'review.state',
    'Editorial notes': 'review.notes (links keep their URL in parentheses)',
    Checked_Out: 'not imported: the wiki’s edit lock',
    'High-level issues': 'review.issues',
    Content: 'review.issues',
    Compatibility: 'review.issues, as "Compatibility: …"',
  },
  page(call, page) {
    const { review } = page.draft;
    if (call.text('State')) review.state = call.text('State');
    const notes = markdownText(call.markdown('Editorial notes'), { urls: true });
    if (notes) review.notes = notes;
    // "Deletion Candidate" here is only an issue: the wiki set these flags in bulk on imported
    // pages (document.hidden, "Almost Ready", has it); a proposal to delete is a template of its
    // own ({{Editorial/Deletion_Candidate}}, editorialFlags).
    review.issues.push(
      ...splitList(call.text('High-level issues')),
      ...splitList(call.text('Content')),
      ...splitList(call.text('Compatibility')).map((issue) => `Compatibility: ${issue}`)
    );
  },
});

/** {{Editorial/Merge_Candidate}} and the like: an issue for the review notice, wherever it is. */
export const editorialFlags = defineTemplateFamily({
  name: 'editorial flags',
  templates: [
    'editorial/merge candidate',
    'editorial/deletion candidate',
    'editorial/move candidate',
    'editorial/split candidate',
    'editorial/content incomplete',
  ],
  parameters: {
    '1': 'the flag’s detail, in review.issues (and wiki.deletionCandidate for a deletion)',
    Other: 'the page to merge with, in review.issues',
  },
  page(call, page) {
    this.inline?.(call, page);
  },
  inline(call, page) {
    const what = call.name.replace('editorial/', '');
    const detail = [call.text('1'), call.text('Other')].filter(Boolean).join('; ');
    page.draft.review.issues.push(detail ? `${what}: ${detail}` : what);
    if (what === 'deletion candidate') page.draft.wiki.deletionCandidate ??= detail;
    return '';
  },
});
