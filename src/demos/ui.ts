/**
 * DOM helpers shared by the demo elements. Everything received is written with `textContent`;
 * no demo ever assigns `innerHTML`.
 */
import type { InspectorRow } from '~/lib/messaging/inspect';

/** How a log entry reads: sent, received, accepted, rejected, error or plain information. */
export type LogKind = 'sent' | 'received' | 'accepted' | 'rejected' | 'error' | 'info';

const LOG_PREFIX: Record<LogKind, string> = {
  sent: '→ Sent',
  received: '← Received',
  accepted: '✓ Accepted',
  rejected: '✕ Rejected',
  error: '⚠ Error',
  info: 'ℹ',
};

/** The longest log a demo keeps; older entries are dropped. */
const MAX_LOG_ENTRIES = 50;

/** The parts every demo shell renders (see DemoShell.astro). */
export interface DemoParts {
  ui: HTMLElement;
  log: HTMLOListElement;
  status: HTMLElement;
  inspector: HTMLTableSectionElement | null;
  inspectorCaption: HTMLElement | null;
}

/** Finds the shell's parts and shows the live UI in place of the no-JavaScript note. */
export function activate(host: HTMLElement): DemoParts {
  const part = <T extends Element>(selector: string): T => {
    const element = host.querySelector<T>(selector);
    if (!element) throw new Error(`${host.localName}: missing ${selector}`);
    return element;
  };
  for (const note of host.querySelectorAll<HTMLElement>('[data-wp-fallback]')) note.hidden = true;
  const ui = part<HTMLElement>('[data-wp-ui]');
  ui.hidden = false;
  // Marks the demo as running, for styles and tests.
  host.dataset['wpReady'] = '';
  return {
    ui,
    log: part<HTMLOListElement>('[data-wp-log]'),
    status: part<HTMLElement>('[data-wp-status]'),
    inspector: host.querySelector<HTMLTableSectionElement>('[data-wp-inspector] tbody'),
    inspectorCaption: host.querySelector<HTMLElement>('[data-wp-inspector] caption'),
  };
}

/** Adds a line to the demo's log and announces it through the live region. */
export function log(parts: DemoParts, kind: LogKind, text: string): void {
  const item = document.createElement('li');
  item.dataset['kind'] = kind;
  item.textContent = `${LOG_PREFIX[kind]} ${text}`;
  parts.log.append(item);
  while (parts.log.children.length > MAX_LOG_ENTRIES) parts.log.firstElementChild?.remove();
  parts.log.scrollTop = parts.log.scrollHeight;
  parts.status.textContent = item.textContent;
}

/** Shows an event in the inspector table. */
export function inspect(parts: DemoParts, title: string, rows: readonly InspectorRow[]): void {
  if (!parts.inspector) return;
  const body = parts.inspector;
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = row.name;
      const td = document.createElement('td');
      const code = document.createElement('code');
      code.textContent = row.value;
      td.append(code);
      tr.append(th, td);
      return tr;
    })
  );
  if (parts.inspectorCaption) parts.inspectorCaption.textContent = title;
}

/** The named control of a demo form. */
export function control<T extends HTMLElement>(host: HTMLElement, name: string): T {
  const element = host.querySelector<T>(`[data-wp-control="${name}"]`);
  if (!element) throw new Error(`${host.localName}: missing control ${name}`);
  return element;
}
