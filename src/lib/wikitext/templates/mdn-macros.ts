/**
 * MDN's KumaScript macros, which pages imported from MDN kept as templates
 * ({{SVGElement("font")}}, {{bug("391642")}}, {{LinkToFragment("…")}}): each is what it showed.
 */
import { defineTemplateFamily } from '../engine.ts';
import { codeSpan, escapeMarkdown, markdownLink } from '../markdown.ts';

const MACRO = /^(svgelement|bug|linktofragment)\(\s*["']?(.*?)["']?\s*\)$/i;

export const mdnMacros = defineTemplateFamily({
  name: 'MDN macros',
  templates: [],
  matches: (name) => MACRO.test(name),
  parameters: {},
  inline(call, page) {
    // The name as written: the argument keeps its case ("clipPath").
    const [, name = '', argument = ''] =
      MACRO.exec(call.source.replace(/^\{\{\s*|\s*\}\}$/g, '')) ?? [];
    const macro = name.toLowerCase();
    if (macro === 'svgelement')
      return page.links.wikiLink(`svg/elements/${argument}`, codeSpan(`<${argument}>`), call.line);
    if (macro === 'bug')
      return markdownLink(
        `bug ${escapeMarkdown(argument)}`,
        `https://bugzilla.mozilla.org/show_bug.cgi?id=${encodeURIComponent(argument)}`
      );
    return escapeMarkdown(argument);
  },
});
