import type { SupportState } from './compat-model';

/** Icon (shape differs per state, so colour is never the only cue) and text of each state. */
export const SUPPORT_STATES: Readonly<Record<SupportState, { icon: string; label: string }>> = {
  full: { icon: '✓', label: 'Full support' },
  partial: { icon: '◐', label: 'Partial support' },
  prefixed: { icon: '⁻', label: 'Supported with a prefix' },
  altname: { icon: '≈', label: 'Supported under another name' },
  flag: { icon: '⚑', label: 'Behind a flag' },
  preview: { icon: '◇', label: 'In a preview release' },
  removed: { icon: '⊘', label: 'Removed' },
  no: { icon: '✕', label: 'No support' },
  unknown: { icon: '?', label: 'Support unknown' },
};

/** The link that opens a data-problem report on browser-compat-data for a key. */
export function reportProblemUrl(key: string): string {
  const params = new URLSearchParams({
    template: 'data-problem.yml',
    title: `${key} - <SUMMARIZE THE PROBLEM>`,
  });
  return `https://github.com/mdn/browser-compat-data/issues/new?${params}`;
}
