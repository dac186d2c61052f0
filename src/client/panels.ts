/**
 * The panels narrow screens open as popovers: the menu (a `data-wp-panel="modal"` drawer) and
 * the contents list. The HTML `popover` attribute opens and closes them without scripts, Escape
 * and a click outside included. This module, loaded when the reader first reaches for one of
 * their buttons, adds what a dialog needs:
 * - `aria-expanded` on the buttons;
 * - focus moved in (to the current page's link) and back to the button when the panel closes;
 * - for a modal panel, the rest of the page made inert, and the panel a dialog named by the
 *   element its `data-wp-label` names (only while open: as a column it is plain navigation);
 * - a link to a place on this page closes its panel, and the reader goes on from that place;
 * - a screen grown wide enough to show the panel as a column (its buttons hidden) closes it.
 * The click that loaded it may already have opened a panel: that panel is set up as opened.
 */

const DIALOG = { role: 'dialog', 'aria-modal': 'true' } as const;

function enhance(panel: HTMLElement): void {
  const buttons = [
    ...document.querySelectorAll<HTMLElement>(
      `[popovertarget="${panel.id}"]:not([popovertargetaction="hide"])`
    ),
  ];
  const modal = panel.dataset['wpPanel'] === 'modal';
  let opener = buttons.find((button) => 'wpPending' in button.dataset) ?? buttons[0];
  let followedLink = false;

  const update = (open: boolean) => {
    for (const button of buttons) button.setAttribute('aria-expanded', String(open));
    if (modal) {
      const attributes = { ...DIALOG, 'aria-labelledby': panel.dataset['wpLabel'] ?? '' };
      for (const [name, value] of Object.entries(attributes))
        if (open) panel.setAttribute(name, value);
        else panel.removeAttribute(name);
      // Everything beside the panel and its ancestors, down to the shell's columns.
      for (const element of document.querySelectorAll('body > *, .wp-shell > *'))
        if (!element.contains(panel)) element.toggleAttribute('inert', open);
    }
    if (open) {
      const target =
        panel.querySelector<HTMLElement>('[aria-current="page"]') ??
        panel.querySelector<HTMLElement>('[aria-current]') ??
        panel.querySelector<HTMLElement>('a[href], button');
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'center' });
    } else if (!followedLink) {
      // Focus left in the hidden panel, or dropped to the page, goes back to the button.
      const focused = document.activeElement;
      if (!focused || focused === document.body || panel.contains(focused)) opener?.focus();
    }
    followedLink = false;
  };

  panel.addEventListener('beforetoggle', (event) => {
    if ((event as ToggleEvent).newState === 'open' && document.activeElement instanceof HTMLElement)
      opener = document.activeElement;
  });
  panel.addEventListener('toggle', () => update(panel.matches(':popover-open')));
  panel.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link?.hash || link.pathname !== location.pathname || !panel.matches(':popover-open'))
      return;
    followedLink = true;
    panel.hidePopover();
    (document.activeElement as HTMLElement | null)?.blur();
  });
  addEventListener('resize', () => {
    if (panel.matches(':popover-open') && buttons.every((b) => b.getClientRects().length === 0))
      panel.hidePopover();
  });
  if (panel.matches(':popover-open')) update(true);
  else for (const button of buttons) button.setAttribute('aria-expanded', 'false');
}

for (const panel of document.querySelectorAll<HTMLElement>('[popover][data-wp-panel]'))
  enhance(panel);
