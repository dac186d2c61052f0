/**
 * Templates inside text: notes (a block quote with a bold label), to-dos left visible,
 * citations as text with their link.
 */
import { defineTemplateFamily } from '../engine.ts';
import { isSafeUrl } from '../links.ts';
import { callout, escapeMarkdown, markdownLink } from '../markdown.ts';

export const note = defineTemplateFamily({
  name: 'note',
  templates: ['note'],
  parameters: { '1': 'the note, as a block quote labelled “Note”' },
  inline: (call) => `\n\n${callout('Note', call.markdown('1'))}\n\n`,
});

export const todo = defineTemplateFamily({
  name: 'to-do',
  templates: ['todo'],
  parameters: { '1': 'what is to do, kept visible in the text' },
  inline: (call) => `*(To do, from the wiki: ${call.markdown('1') || 'unspecified'})*`,
});

export const citationNeeded = defineTemplateFamily({
  name: 'citation needed',
  templates: ['citation needed'],
  parameters: {},
  inline: () => ' *(citation needed)*',
});

/** {{Cite web}}, {{Cite journal}}: a reference as text, its title linked. */
export const citations = defineTemplateFamily({
  name: 'citation',
  templates: ['cite web', 'cite journal'],
  parameters: {
    title: 'the cited work’s title, linked to url',
    url: 'where it is',
    author: 'its author',
    last: 'its author’s last name',
    first: 'its author’s first name',
    publisher: 'its publisher',
    work: 'the work it is part of',
    journal: 'the journal it is in',
    chapter: 'its chapter',
    volume: 'the journal’s volume',
    issue: 'the journal’s issue',
    pages: 'its pages',
    date: 'its date',
    year: 'its year',
    month: 'its month',
    doi: 'its DOI',
    accessdate: 'when the wiki’s author read it',
    archiveurl: 'an archived copy, linked',
    archivedate: 'when it was archived',
  },
  inline(call) {
    const title = call.markdown('title') || escapeMarkdown(call.text('url'));
    const url = call.text('url');
    const author =
      call.markdown('author') ||
      [call.markdown('last'), call.markdown('first')].filter(Boolean).join(', ');
    const archive = call.text('archiveurl');
    const parts = [
      author,
      url && isSafeUrl(url) ? markdownLink(`“${title}”`, url) : title && `“${title}”`,
      call.markdown('chapter'),
      call.markdown('work') || call.markdown('journal'),
      [call.markdown('volume'), call.markdown('issue') && `(${call.markdown('issue')})`]
        .filter(Boolean)
        .join(' '),
      call.markdown('pages') && `pp. ${call.markdown('pages')}`,
      call.markdown('publisher'),
      call.markdown('date') ||
        [call.markdown('month'), call.markdown('year')].filter(Boolean).join(' '),
      call.markdown('doi') && `doi: ${call.markdown('doi')}`,
      call.markdown('accessdate') && `read ${call.markdown('accessdate')}`,
      archive && isSafeUrl(archive)
        ? markdownLink(
            `archived${call.markdown('archivedate') ? ` ${call.markdown('archivedate')}` : ''}`,
            archive
          )
        : '',
    ].filter(Boolean);
    return parts.join(', ');
  },
});
