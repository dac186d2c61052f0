/**
 * One WebPlatform wiki page → one Markdown page of the site. The page's templates go through the
 * template families (templates/) into a typed draft, which becomes the frontmatter (checked with
 * the site's own schema) and the body. The body is read back with the parser the site renders it
 * with, and a page that would hold raw HTML, module syntax or a link the site cannot follow is an
 * error, not a page. Pure: never writes files (the CLI does), never throws for any input.
 */
import { z } from 'astro/zod';
import { referencePageSchema, type ReferencePageInput } from '../../schemas/reference-page.ts';
import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import { frontmatterOf, newDraft } from './draft.ts';
import { TemplateEngine, type ImportOptions } from './engine.ts';
import { checkLimits } from './limits.ts';
import { PageLinks, RESERVED_CHARACTERS } from './links.ts';
import {
  avoidLayoutAnchors,
  nestHeadings,
  hasFinishedSentence,
  longEnough,
  neutralizeModuleLines,
  oneSentence,
  repairEmphasis,
  withoutEmptyHeadings,
} from './markdown.ts';
import { NodePositions } from './positions.ts';
import { checkMalformed } from './structure.ts';
import { TEMPLATE_FAMILIES } from './templates/index.ts';
import { firstProseParagraph, headingSlugs, markdownProblems, markdownText } from './verify.ts';
import { reportKeptRuns, rewriteIndentedPre } from './indented-pre.ts';
import { textLanguageOf } from './text-language.ts';
import { parseWikitext, type WikiNode } from './wiki-node.ts';

export type { ImportOptions } from './engine.ts';

/** Which page is imported. */
export interface PageSource {
  /** The page's wiki title, e.g. `dom/Window/message` (for a translation, its page's). */
  wikiPath: string;
  /** The language of a translation (`ja` for `…/ja.md`); absent for the English page. */
  lang?: string | undefined;
}

/** What importing one page gives. */
export interface ImportResult {
  /** The Markdown file (JSON frontmatter, then the body), when the page could be imported. */
  markdown: string | undefined;
  /** The frontmatter, as validated. */
  frontmatter: ReferencePageInput | undefined;
  warnings: Diagnostic[];
  errors: Diagnostic[];
  /** Ids of the site's pages this page links to. */
  links: string[];
  /**
   * The wiki title a redirect page (`#REDIRECT [[…]]`) sends readers to. Such a page has no
   * Markdown: its URL becomes an alias of that page (the CLI adds it, scripts/import.ts).
   */
  redirect?: string;
}

/** C0 control characters but tab, line feed and carriage return; DEL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const schema = referencePageSchema({
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
});

/** Imports one page. Problems come back as diagnostics with their lines; nothing is thrown. */
export function importWikiPage(
  source: string,
  page: PageSource,
  options: ImportOptions
): ImportResult {
  const diagnostics = new Diagnostics();
  const failure = (links: string[] = []): ImportResult => ({
    markdown: undefined,
    frontmatter: undefined,
    warnings: diagnostics.warnings,
    errors: diagnostics.errors,
    links,
  });

  const limit = checkLimits(source);
  if (limit) {
    diagnostics.error(limit.kind, limit.message, limit.line);
    return failure();
  }
  // Line ends as the wiki's editors' systems wrote them (CRLF, a lone CR) are line feeds.
  source = source.replace(/\r\n?/g, '\n');
  // A redirect is no page: MediaWiki reads "#REDIRECT [[title]]" at the start, in any case.
  const redirect = /^\s*#redirect\s*:?\s*\[\[([^\]|#\n]+)(?:#[^\]|\n]*)?(?:\|[^\]\n]*)?\]\]/i.exec(
    source
  );
  if (redirect?.[1]) {
    const target = redirect[1].trim();
    diagnostics.warn(
      'redirect',
      `a redirect to ${target}: no page of its own; its URL becomes an alias of that page`,
      1
    );
    return { ...failure(), redirect: target };
  }
  // Characters no page may hold: control characters (invalid in HTML; the parser also uses NUL
  // and DEL as its own markers) and the private-use characters the importer reserves.
  const unwanted = new RegExp(`${CONTROL_CHARACTERS.source}|${RESERVED_CHARACTERS.source}`, 'g');
  if (unwanted.test(source)) {
    diagnostics.warn(
      'control-character',
      'the page has control characters (or the private-use U+E000 to U+E004 the importer reserves); removed'
    );
    source = source.replace(unwanted, '');
  }
  let root: WikiNode;
  try {
    root = parseWikitext(source);
    // Lines that start with a space were preformatted on the wiki: read again as <pre> elements.
    const indented = rewriteIndentedPre(source, root);
    reportKeptRuns(indented, diagnostics, 1);
    if (indented && indented.rewritten > 0) {
      source = indented.source;
      root = parseWikitext(source);
    }
  } catch (error) {
    diagnostics.error('parse', `the wiki parser failed: ${(error as Error).message}`);
    return failure();
  }
  const positions = new NodePositions(root, source);
  const lineOf = (node: WikiNode) => positions.lineOf(node);
  checkMalformed(root, diagnostics, lineOf);
  if (diagnostics.errors.length > 0) return failure();

  const draft = newDraft(page.wikiPath, page.lang);
  // A translation is the wiki's subpage <path>/<lang>: its relative links start there.
  const title = page.lang ? `${page.wikiPath}/${page.lang}` : page.wikiPath;
  const links = new PageLinks(options.pages, title, diagnostics);
  const engine = new TemplateEngine(TEMPLATE_FAMILIES, draft, options, {
    diagnostics,
    lineOf,
    links,
  });
  engine.run(root);

  let body = draft.body.join('\n\n');
  body = neutralizeModuleLines(
    nestHeadings(avoidLayoutAnchors(body, (heading) => markdownText(heading)))
  );
  const headings = withoutEmptyHeadings(body);
  body = headings.markdown;
  const quoted = (texts: string[]) => texts.map((text) => `"${text.slice(0, 60)}"`).join(', ');
  if (headings.removed.length > 0)
    diagnostics.warn(
      'empty-heading',
      `heading(s) with nothing under them left out: ${quoted(headings.removed)}`
    );
  if (headings.listed.length > 0)
    diagnostics.warn(
      'empty-heading',
      `headings with nothing under them, one after another, made a list: ${quoted(headings.listed)}`
    );
  // A translation that is an untranslated copy says which language its text is in.
  if (page.lang) {
    draft.wiki.textLang = textLanguageOf(body, page.lang);
    if (draft.wiki.textLang)
      diagnostics.warn(
        'untranslated',
        `the translation (${page.lang}) is written in English; its text says so (wiki.textLang), for screen readers`
      );
  }
  const emphasis = repairEmphasis(body);
  body = emphasis.markdown;
  if (emphasis.removed > 0)
    diagnostics.warn(
      'emphasis',
      `${emphasis.removed} bold, italic or strikethrough mark(s) Markdown cannot pair (a mark between punctuation and a letter, or one never closed) are left out; the text is kept`
    );
  if (links.hasAnchors) body = links.settleAnchors(body, headingSlugs(links.labelsOnly(body)));

  // Without a {{Summary_Section}}, the first sentence of the page's own prose serves, said so in
  // the review notice; with no prose either, a placeholder says there is no summary.
  let summary = draft.summary;
  if (!summary) {
    const prose = firstProseParagraph(
      body,
      (text) => hasFinishedSentence(text) && oneSentence(text).length >= 20
    );
    if (prose) {
      diagnostics.warn(
        'summary-from-text',
        'the page has no {{Summary_Section}}; its first sentence is the summary'
      );
      summary = longEnough(draft.title, oneSentence(prose));
      draft.review.issues.push('Summary taken from the text');
    } else {
      diagnostics.warn(
        'no-summary',
        'the page has no {{Summary_Section}}; a placeholder summary says so'
      );
      summary = `${draft.title} is documented here as imported from the WebPlatform wiki, which gives no summary.`;
      draft.review.issues.push('No summary');
    }
  }

  const linked = [...new Set(links.targets)];
  const frontmatter = frontmatterOf(draft, summary);
  const parsed = schema.safeParse(frontmatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      diagnostics.error('invalid-frontmatter', `${issue.path.join('.')}: ${issue.message}`);
    return failure(linked);
  }
  const markdown = `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n${body}\n`;
  // What the site will render, read back: an importer bug fails this page here, with what it
  // found, instead of putting HTML on the site or failing its build.
  const problems = markdownProblems(markdown, { isPage: (id) => options.pages.hasId(id) });
  if (problems.length > 0) {
    for (const problem of problems)
      diagnostics.error(
        'unsafe-markdown',
        `the generated Markdown has ${problem} (the importer's fault)`
      );
    return failure(linked);
  }
  return {
    markdown,
    frontmatter,
    warnings: diagnostics.warnings,
    errors: diagnostics.errors,
    links: linked,
  };
}
