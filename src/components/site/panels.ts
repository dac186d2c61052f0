/**
 * The two panels narrow screens open from buttons (as popovers): the menu, which holds the site
 * navigation, and the page's contents list; on wide screens both are columns. Their buttons load
 * the module that makes them dialogs (src/client/panels.ts) when the reader first reaches for one.
 */
export const MENU_ID = 'wp-menu';
export const TOC_ID = 'wp-toc';
export { default as panelsModuleUrl } from '~/client/panels.ts?worker&url';
