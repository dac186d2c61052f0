import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToHtml, type HastPluginDefinition, type HastVisitorContext } from 'satteri';
import { decodeEntities } from './markup';
import { isScriptUrl } from '../navigation/urls';

/**
 * Content runs no code of its own. Pages are MDX and Markdown that authors and the wiki importer
 * write; the only code a page runs is the site's (its components, and their modules under the
 * page's CSP). So a `<script>` element, an event handler attribute (`onclick=`) or a
 * `javascript:` URL in content fails the build, naming the file and the line. The site's own
 * components (capitalised JSX: `<CrossDocumentDemo>`) are not HTML and may be used; a
 * `javascript:` URL is refused even as one of their props.
 */

/** One piece of markup that would run code. */
export interface UnsafeMarkup {
  line: number | undefined;
  problem: string;
}

/** Attributes whose value is a URL the browser may navigate to or load. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlinkhref',
  'xlink:href',
  'data',
  'poster',
  'cite',
  'background',
  'ping',
]);

/** What is unsafe about one attribute of an HTML element, if anything. */
export function unsafeAttribute(element: string, name: string, value: unknown): string | undefined {
  const lower = name.toLowerCase();
  if (/^on[a-z]/.test(lower))
    return `the event handler attribute ${lower}= on <${element}> (content may not run scripts)`;
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  if ((URL_ATTRIBUTES.has(lower) || lower === 'srcset') && isScriptUrl(text))
    return `a javascript: URL in ${lower}= on <${element}>`;
  if (lower === 'srcdoc') return `srcdoc= on <${element}>, a document that could run scripts`;
  return undefined;
}

/**
 * The unsafe markup in a piece of raw HTML (what Markdown passes through as is): script
 * elements, event handler attributes and `javascript:` URLs in its start tags.
 */
export function unsafeRawHtml(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/gi)) {
    const element = (tag[1] ?? '').toLowerCase();
    if (element === 'script') problems.push('a <script> element (content may not run scripts)');
    for (const attribute of (tag[2] ?? '').matchAll(
      /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g
    )) {
      // Character references can spell `javascript:` (`&#106;avascript:`).
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      const problem = unsafeAttribute(element, attribute[1] ?? '', value);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** An MDX JSX attribute, as the hast visitor hands it over. */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** What is unsafe about an MDX JSX element (`<script>`, `<a onClick>`, `<X href="javascript:…">`). */
export function unsafeJsxElement(
  name: string | null | undefined,
  attributes: readonly JsxAttribute[]
): string[] {
  // Fragments and the site's components (capitalised, or member expressions) are not HTML.
  const html = !!name && /^[a-z][a-z0-9-]*$/.test(name);
  const problems: string[] = [];
  if (html && name === 'script') problems.push('a <script> element (content may not run scripts)');
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value;
    // An expression's value is its source text: `href={'javascript:…'}`.
    const text =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value !== null && 'value' in value
          ? String((value as { value: unknown }).value).replace(/^[\s'"`(]+/, '')
          : '';
    if (html) {
      const problem = unsafeAttribute(name, attribute.name, text);
      if (problem) problems.push(problem);
    } else if (isScriptUrl(text)) {
      problems.push(`a javascript: URL in the ${attribute.name} prop of <${name ?? ''}>`);
    }
  }
  return problems;
}

/** The file a visitor is in, relative to the project, for messages. */
const fileOf = (context: HastVisitorContext) =>
  context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : '(unknown file)';

/**
 * How many lines of the file come before the source the processor was given: Markdown content
 * is rendered without its frontmatter, so its lines count from the body. Zero when the source is
 * the whole file (MDX) or the file cannot be read.
 */
function linesBefore(context: HastVisitorContext): number {
  if (!context.fileURL) return 0;
  try {
    const file = readFileSync(context.fileURL, 'utf8');
    const at = file === context.source ? 0 : file.lastIndexOf(context.source);
    return at > 0 ? file.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

const lineOf = (node: { position?: { start?: { line?: number } } | undefined }) =>
  node.position?.start?.line;

/**
 * The Markdown processor's plugin (Markdown and MDX alike) that refuses unsafe markup: it
 * collects every problem of a document, then fails with all of them, each with file and line.
 */
export function unsafeMarkupPlugin(): HastPluginDefinition {
  const found = new WeakMap<object, UnsafeMarkup[]>();
  const record = (context: HastVisitorContext, line: number | undefined, problems: string[]) => {
    const list = found.get(context.data) ?? [];
    for (const problem of problems) list.push({ line, problem });
    found.set(context.data, list);
  };
  return {
    name: 'wp:unsafe-markup',
    options: { position: true },
    element: {
      filter: [],
      visit(node, context) {
        const problems = [
          ...(node.tagName === 'script'
            ? ['a <script> element (content may not run scripts)']
            : []),
          ...Object.entries(node.properties ?? {}).flatMap(([name, value]) => {
            const problem = unsafeAttribute(node.tagName, name, value);
            return problem ? [problem] : [];
          }),
        ];
        if (problems.length > 0) record(context, lineOf(node), problems);
      },
    },
    mdxJsxFlowElement: {
      filter: [],
      visit(node, context) {
        const problems = unsafeJsxElement(node.name, node.attributes as JsxAttribute[]);
        if (problems.length > 0) record(context, lineOf(node), problems);
      },
    },
    mdxJsxTextElement: {
      filter: [],
      visit(node, context) {
        const problems = unsafeJsxElement(node.name, node.attributes as JsxAttribute[]);
        if (problems.length > 0) record(context, lineOf(node), problems);
      },
    },
    raw(node, context) {
      const problems = unsafeRawHtml(node.value);
      if (problems.length > 0) record(context, lineOf(node), problems);
    },
    after(_root, context) {
      const problems = found.get(context.data);
      if (!problems || problems.length === 0) return;
      const file = fileOf(context);
      const offset = linesBefore(context);
      throw new Error(
        [
          `${file}: ${problems.length} piece${problems.length === 1 ? '' : 's'} of markup would run code, which content may not do:`,
          ...problems.map(
            ({ line, problem }) => `  ${file}${line ? `:${line + offset}` : ''}: ${problem}`
          ),
        ].join('\n')
      );
    },
  };
}

/**
 * Why a Markdown document fails the check, as the plugin says it, or undefined when it passes:
 * for a page whose render failed where only a log line says why (a cached collection).
 */
export async function unsafeMarkdownReport(
  source: string,
  fileURL: URL
): Promise<string | undefined> {
  try {
    await markdownToHtml(source, { hastPlugins: [unsafeMarkupPlugin()], fileURL });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
