/**
 * Reading generated Markdown back with the parser Astro renders `.md` pages with (satteri, with
 * GitHub's extensions), to check what a page will be, not what the importer meant it to be: no raw
 * HTML, no images or reference definitions, no link the site cannot follow, no module syntax.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import GithubSlugger from 'github-slugger';
import { isSafeUrl } from './links.ts';
import { editOutsideCode, hasModuleLine } from './markdown.ts';

/** The features Astro's Markdown pipeline enables (GFM; frontmatter). */
const FEATURES = { gfm: true, frontmatter: true } as const;

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const parse = (markdown: string) =>
  markdownToMdast(markdown, { features: FEATURES, position: false }) as MdastNode as Node;

/**
 * The text of some Markdown, as a reader sees it: emphasis, code marks and link destinations
 * gone, blocks joined by spaces. With `urls`, a link whose text is not its URL is followed by the
 * URL in parentheses, for text that has nowhere to put a link (a review note). Without `code`,
 * inline code is left out too (code blocks always are): the prose alone.
 */
export function markdownText(markdown: string, { urls = false, code = true } = {}): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'text' || (code && node.type === 'inlineCode')) parts.push(node.value ?? '');
    else if (node.type === 'break') parts.push(' ');
    else if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return;
    for (const child of node.children ?? []) visit(child);
    if (node.type === 'link' && urls && node.url) {
      const label = textOf(node);
      if (label !== node.url && /^(?:https?|mailto|ftp):/.test(node.url))
        parts.push(` (${node.url})`);
    }
    if (/^(?:paragraph|heading|listItem|tableCell|blockquote)$/.test(node.type)) parts.push(' ');
  };
  visit(parse(markdown));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The text of the first paragraph of some Markdown that is prose: a top-level paragraph that is
 * not only emphasis (a byline) and has a finished sentence. Undefined when there is none.
 */
export function firstProseParagraph(
  markdown: string,
  isProse: (text: string) => boolean
): string | undefined {
  for (const node of parse(markdown).children ?? []) {
    if (node.type !== 'paragraph') continue;
    const children = (node.children ?? []).filter((c) => c.type !== 'text' || c.value?.trim());
    if (children.length === 1 && /^(?:emphasis|strong)$/.test(children[0]?.type ?? '')) continue;
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (isProse(text)) return text;
  }
  return undefined;
}

/** The anchors Astro gives the headings of some Markdown, in order (github-slugger, as Astro). */
export function headingSlugs(markdown: string): Set<string> {
  return slugsOf(parse(markdown));
}

function slugsOf(tree: Node): Set<string> {
  const slugger = new GithubSlugger();
  const slugs = new Set<string>();
  const visit = (node: Node) => {
    if (node.type === 'heading') slugs.add(slugger.slug(textOf(node)));
    else for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return slugs;
}

/** What a page's Markdown is checked against. */
export interface MarkdownRules {
  /** Whether a site page id exists (internal links go to `/<id>`). */
  isPage(id: string): boolean;
}

/**
 * The problems of a page's Markdown as the site would render it; empty when it is safe. Each
 * problem names what was found, for the importer's error report.
 */
export function markdownProblems(markdown: string, rules: MarkdownRules): string[] {
  const problems: string[] = [];
  const tree = parse(markdown);
  const slugs = slugsOf(tree);
  const visit = (node: Node) => {
    switch (node.type) {
      case 'html':
        problems.push(`raw HTML ${JSON.stringify((node.value ?? '').slice(0, 60))}`);
        break;
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'linkReference':
      case 'footnoteReference':
      case 'footnoteDefinition':
        problems.push(`a ${node.type}, which imported pages never have`);
        break;
      case 'link': {
        const url = node.url ?? '';
        if (url.startsWith('#')) {
          if (!slugs.has(url.slice(1))) problems.push(`a link to the missing anchor ${url}`);
        } else if (url.startsWith('/')) {
          if (url.includes('#') || !rules.isPage(url.slice(1)))
            problems.push(`a link to ${url}, which is no page of the site`);
        } else if (!isSafeUrl(url)) problems.push(`a link to the unsafe URL ${url.slice(0, 60)}`);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  editOutsideCode(markdown, (prose) => {
    if (hasModuleLine(prose))
      problems.push('a line that starts like an import or export statement');
    return prose;
  });
  return problems;
}
