/** {{Notes_Section}} and {{Remarks_Section}}: the page's notes, as sections. */
import { defineTemplateFamily } from '../engine.ts';

export const notes = defineTemplateFamily({
  name: 'notes',
  templates: ['notes section'],
  parameters: {
    Usage: 'the Usage section',
    Notes: 'the Notes section',
    Import_Notes: 'the Import notes section',
    Not_required: 'not imported: the wiki’s editing hint',
  },
  page(call, page) {
    page.section('Usage', call.markdown('Usage'));
    page.section('Notes', call.markdown('Notes'));
    page.section('Import notes', call.markdown('Import_Notes'));
  },
});

export const remarks = defineTemplateFamily({
  name: 'remarks',
  templates: ['remarks section'],
  parameters: { Remarks: 'the Remarks section' },
  page(call, page) {
    page.section('Remarks', call.markdown('Remarks'));
  },
});
