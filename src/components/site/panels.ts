/**
 * The ids of the two panels narrow screens open from buttons (as popovers): the menu, which holds
 * the site navigation, and the page's contents list. On wide screens both are columns.
 */
export const MENU_ID = 'wp-menu';
export const TOC_ID = 'wp-toc';
