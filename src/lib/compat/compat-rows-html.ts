import { escapedHtml, SafeHtml } from '~/lib/pages/html';
import { breakableHtml } from '~/lib/pages/word-breaks';
import type { CompatCell, CompatRow, NotePart, SupportDetail } from './compat-model';
import { SUPPORT_STATES } from './support-labels';

/**
 * The rows of the compatibility table as HTML: per feature, its name and flags, a cell per
 * browser (icon, version, state in words, release date; a disclosure with BCD's details where it
 * has any; the column header names the browser) and the hidden cell "Check this browser" fills
 * in from the row's BCD key. Built as a string rather than as
 * components: a table has a hundred cells, and a component per cell or row cost a millisecond a
 * page to render (src/components/reference/Compatibility.astro renders the rest of the section).
 */
export function compatRowsHtml(rows: readonly CompatRow[]): string {
  return rows.map((row) => rowHtml(row).value).join('');
}

function rowHtml(row: CompatRow): SafeHtml {
  const flags = [
    row.deprecated && escapedHtml`<span class="wp-flag-text">Deprecated</span>`,
    row.experimental && escapedHtml`<span class="wp-flag-text">Experimental</span>`,
  ];
  const cells = row.cells.map(cellHtml);
  return escapedHtml`<tr data-depth="${row.depth}" id="compat-${row.key.replaceAll('.', '-')}"><th scope="row"><code>${new SafeHtml(breakableHtml(row.label))}</code>${flags}</th>${cells}<td class="wp-your-browser" data-key="${row.key}" hidden></td></tr>`;
}

function cellHtml(cell: CompatCell): SafeHtml {
  const { icon, label } = SUPPORT_STATES[cell.state];
  const version = cell.version ?? (cell.state === 'no' ? 'No' : '?');
  // A version's release date is a <time> (it is a valid date string, so needs no datetime).
  const date = cell.releaseDate && escapedHtml`<time>${cell.releaseDate}</time>`;
  // The version as bare text and the state after it, a space apart for screen readers: a table
  // has a hundred cells, so each element and class saved counts (a tenth of the table's bytes).
  const summary = escapedHtml`<span class="wp-icon" aria-hidden="true">${icon}</span>${version}<span class="wp-visually-hidden"> ${label}</span>${date}`;
  const content = cell.hasDetails
    ? escapedHtml`<details><summary>${summary}</summary><ul class="wp-cell-details">${cell.details.map(detailHtml)}</ul></details>`
    : summary;
  return escapedHtml`<td data-state="${cell.state}">${content}</td>`;
}

/** One statement of support in words: "Partial support from version 11, behind the flag x". */
function detailHtml(detail: SupportDetail): SafeHtml {
  const flags = detail.flags.map(
    (flag, index) => escapedHtml`${index > 0 && ', '}<code>${flag}</code>`
  );
  const words = [
    detail.versionAdded && ` from version ${detail.versionAdded}`,
    detail.versionRemoved && `, removed in ${detail.versionRemoved}`,
    detail.prefix && escapedHtml`, with the prefix <code>${detail.prefix}</code>`,
    detail.alternativeName && escapedHtml`, as <code>${detail.alternativeName}</code>`,
    detail.partial && ', partial implementation',
    flags.length > 0 && escapedHtml`, behind the flag${flags.length > 1 ? 's' : ''} ${flags}`,
  ];
  const notes = detail.notes.map((note) => escapedHtml`<p>${note.map(noteHtml)}</p>`);
  return escapedHtml`<li><strong>${SUPPORT_STATES[detail.state].label}</strong>${words}${notes}</li>`;
}

/** A BCD note from its parsed parts: text, code and https links; never BCD's raw HTML. */
function noteHtml(part: NotePart): SafeHtml {
  if (part.kind === 'code') return escapedHtml`<code>${part.text}</code>`;
  if (part.kind === 'link') return escapedHtml`<a href="${part.href}">${part.text}</a>`;
  return escapedHtml`${part.text}`;
}
