/**
 * The engine that runs the template families (src/lib/wikitext/templates/). A family declares the
 * templates it converts and what each of their parameters becomes; the engine owns the loop over
 * a page, reads every call's arguments (mending the wiki's usual breakages: a table or code with
 * bare `|` split into pieces, an `=` in a positional value), dispatches each call to its family,
 * and reports every parameter that no family declared, keeping its content on the page. The shape
 * follows expressive-code's plugin registry: the plugins declare, the engine checks.
 */
import type { SpecEntry } from '../specs/spec-titles.ts';
import type { Diagnostics, LineRef } from './diagnostics.ts';
import type { PageDraft } from './draft.ts';
import { keptWikitext, plainText, shownCode, toMarkdown, type ConvertContext } from './inline.ts';
import type { PageIndex, PageLinks } from './links.ts';
import { candidateTitles } from './links.ts';
import { escapeMarkdown, tidyMarkdown } from './markdown.ts';
import { reportKeptRuns, rewriteIndentedPre } from './indented-pre.ts';
import { LineIndex, NodePositions } from './positions.ts';
import { TableScanner, withPipesExpanded } from './structure.ts';
import { markdownText } from './verify.ts';
import {
  argumentValue,
  isTemplate,
  normalizeTemplateName,
  parseWikitext,
  syntheticNode,
  type TemplateArgument,
  type TemplateNode,
  type WikiNode,
} from './wiki-node.ts';

/** What the importer checks pages against: the data the site's build checks them with. */
export interface ImportOptions {
  /** web-specs' list: only spec URLs it knows go to frontmatter (the build rejects others). */
  knownSpecs: readonly SpecEntry[];
  /** Every page of the site, for links (see PageIndex). */
  pages: PageIndex;
}

/**
 * What each parameter of a template becomes, in a few words, by parameter name (positional
 * parameters by their place, "1"). The engine accepts these names and reports any other.
 */
export type ParameterDocs<P extends string> = Readonly<Record<P, string>>;

/** Templates that appear only inside a parameter of a family's template, with their parameters. */
export type NestedTemplates = Readonly<Record<string, ParameterDocs<string>>>;

/** One template family: the templates it converts and how. */
export interface TemplateFamily<
  P extends string = string,
  N extends NestedTemplates = NestedTemplates,
> {
  /** The family's name, for reports. */
  readonly name: string;
  /** The templates it converts, by normalised name ("single example"). */
  readonly templates: readonly string[];
  /** Other names it converts, by pattern ("special:prefixindex/css/"). */
  readonly matches?: (name: string) => boolean;
  /** Its templates' parameters. */
  readonly parameters: ParameterDocs<P>;
  /** Templates its parameters hold ({{Single Example}} in Examples). */
  readonly nested?: N;
  /**
   * A page has one such template (its title, summary, flags): a repeat in a page pasted into a
   * value (see TemplateEngine#unpasted), an older copy of the page's own, is left out, reported.
   */
  readonly once?: boolean;
  /** Converts a call that stands in the page (not inside text) into the page's draft. */
  page?(call: TemplateCall<P, N>, page: PageContext): void;
  /** Converts a call inside text into Markdown (a note, a to-do). */
  inline?(call: TemplateCall<P, N>, page: PageContext): string;
}

/** Declares a template family, with its parameter names checked by the compiler where used. */
export function defineTemplateFamily<const P extends string, const N extends NestedTemplates = {}>(
  family: TemplateFamily<P, N>
): TemplateFamily<P, N> {
  return family;
}

/**
 * A family as the registry holds it: the registry only dispatches, each family's own parameter
 * names are checked where it is defined.
 */
export type AnyTemplateFamily = TemplateFamily<string, NestedTemplates>;

/** One call of a template, its arguments read and checked. */
export interface TemplateCall<P extends string, N extends NestedTemplates = NestedTemplates> {
  /** The template's normalised name. */
  readonly name: string;
  /** Its line in the page (found when a diagnostic needs it). */
  readonly line: () => number | undefined;
  /** The call as written. */
  readonly source: string;
  /** Whether the parameter is given with a value that is not blank. */
  has(parameter: P): boolean;
  /** The parameter's value as Markdown (empty when absent). */
  markdown(parameter: P): string;
  /** The parameter's value as plain text, as a reader sees it: for facts and frontmatter. */
  text(parameter: P): string;
  /** The parameter's value as code: as written, with the wiki's escapes ({{=}}, {{!}}) resolved. */
  code(parameter: P): string;
  /** The parameter's value as the wiki showed it as code: see `shownCode` (inline.ts). */
  shownCode(parameter: P): string;
  /** The parameter's value exactly as written. */
  raw(parameter: P): string;
  /** The value's node, for families that convert it themselves. */
  value(parameter: P): WikiNode | undefined;
  /**
   * The calls of a nested template in a parameter's value, read and checked against the nested
   * template's parameters. Anything else in the value is kept on the page, reported.
   */
  nested<K extends keyof N & string>(
    parameter: P,
    template: K
  ): TemplateCall<keyof N[K] & string, {}>[];
}

/** What a family may do with the page being imported. */
export interface PageContext {
  readonly draft: PageDraft;
  readonly options: ImportOptions;
  readonly diagnostics: Diagnostics;
  readonly links: PageLinks;
  /** Adds a block of Markdown to the page's body. */
  add(markdown: string): void;
  /** Adds a `## heading` section to the body, unless its Markdown is empty. */
  section(heading: string, markdown: string): void;
  /**
   * Records the page's type (the wiki's page-type template). A second, different one is
   * reported and ignored: the result says whether `type` is the page's type.
   */
  setPageType(type: string, line: LineRef): boolean;
  /** The wiki title of a page of the site that a title names, by the link rules. */
  resolveTitle(title: string): string | undefined;
}

/** A parameter's value, read. */
interface ArgumentValue {
  node: WikiNode;
  raw: string;
}

// A parameter name as authors write them ("Data Type", "Is_CC-BY-SA", "JS Page Type"); text with
// an "=" in it ("if (a == b)…") is not one.
const NAME_LIKE = /^[A-Za-z][\w -]{0,40}$/;

/**
 * Reads a call's arguments by name. Pieces the wiki split off a value (a `|` in a table, in code,
 * in text) are joined back to it; a positional value that had an `=` in it gets it back. Both
 * are reported, as are repeated names (the last value is used, as MediaWiki does). A value made
 * of pieces is parsed again once, whole.
 */
function readArguments(
  template: TemplateNode,
  declared: ReadonlySet<string>,
  diagnostics: Diagnostics,
  line: LineRef
): Map<string, ArgumentValue> {
  const name = normalizeTemplateName(template.name);
  interface Value {
    parts: string[];
    node: WikiNode;
    tables: TableScanner;
  }
  const values = new Map<string, Value>();
  let current: Value | undefined;
  let pieces = 0;
  let tablePieces = 0;
  let recovered = false;
  const start = (key: string, raw: string, node?: WikiNode) => {
    const tables = new TableScanner();
    tables.feed(raw);
    current = { parts: [raw], node: node ?? syntheticNode('parameter-value', [], raw), tables };
    values.set(key, current);
  };
  for (const arg of template.getAllArgs()) {
    const inTable = current?.tables.open ?? false;
    const isPiece =
      inTable || (!declared.has(arg.name) && (isAnonymous(arg) || !NAME_LIKE.test(arg.name)));
    if (isPiece && current) {
      // "Code=if (a || b)" arrives as "Code=if (a " and " b)": the author meant one value.
      const text = `|${arg.toString()}`;
      current.parts.push(text);
      current.tables.feed(text);
      if (inTable) tablePieces++;
      else pieces++;
      continue;
    }
    if (isPiece && !isAnonymous(arg) && declared.has('1') && !values.has('1') && !recovered) {
      // "{{Summary_Section|Use <code>type="button"</code>…}}": an "=" made the text look named.
      recovered = true;
      start('1', arg.toString());
      continue;
    }
    if (values.has(arg.name))
      diagnostics.warn(
        'repeated-parameter',
        `{{${name}}} repeats "${arg.name}"; the last value is used`,
        line
      );
    const value = argumentValue(arg);
    start(arg.name, value.toString(), value);
  }
  if (tablePieces > 0)
    diagnostics.warn(
      'table-in-argument',
      `{{${name}}} has a table written with bare | in a value (${tablePieces} pieces); read as one value, as its author meant`,
      line
    );
  if (pieces > 0)
    diagnostics.warn(
      'bare-pipe',
      `{{${name}}} has a value split by a bare | (${pieces} piece${pieces > 1 ? 's' : ''}); read as one value, as its author meant`,
      line
    );
  if (recovered)
    diagnostics.warn(
      'equals-in-value',
      `{{${name}}} has an "=" in its text, which made it look like a named parameter; read as its text`,
      line
    );
  const result = new Map<string, ArgumentValue>();
  for (const [key, value] of values) {
    const raw = value.parts.join('');
    result.set(key, {
      raw,
      node:
        value.parts.length === 1 && value.node.childNodes.length > 0
          ? value.node
          : syntheticNode('parameter-value', parseWikitext(raw).childNodes, raw),
    });
  }
  return result;
}

/** Whether a value starts with a list mark or a table: it starts a line when a template outputs it. */
const startsBlock = (raw: string) => /^(?:[*#:;]|\{\|)/.test(raw);

/**
 * A value as MediaWiki reads it when a template outputs it: one that starts with a list mark or
 * a table (`*`, `#`, `:`, `;`, `{|`) starts a line (MediaWiki puts a line break before it), so
 * its list or table is one. Other values are read as they are.
 */
function atLineStart(arg: ArgumentValue): WikiNode {
  if (!startsBlock(arg.raw)) return arg.node;
  const raw = `\n${arg.raw}`;
  return syntheticNode('parameter-value', parseWikitext(raw).childNodes, raw);
}

/** A value's Markdown: its table pieces rejoined, converted, tidied. */
const valueMarkdown = (value: WikiNode, context: ConvertContext) =>
  tidyMarkdown(toMarkdown(withPipesExpanded(value), context));

/** Whether a call gives any value that is not blank. */
const hasValues = (node: TemplateNode) =>
  node.getAllArgs().some((arg) => argumentValue(arg).toString().trim() !== '');

function isAnonymous(arg: TemplateArgument): boolean {
  return arg.anon ?? /^\d+$/.test(arg.name);
}

/** The engine's state for one page. */
export class TemplateEngine {
  readonly #byName = new Map<string, AnyTemplateFamily>();
  readonly #byPattern: AnyTemplateFamily[] = [];
  readonly #otherFields: string[] = [];
  readonly #page: PageContext;
  readonly #convert: ConvertContext;
  /** The lines of nodes parsed again from the page's text (see #unpasted), by fragment. */
  readonly #fragments: ((node: WikiNode) => number | undefined)[] = [];
  /** The nodes that came out of a value they were pasted into. */
  readonly #pasted = new WeakSet<WikiNode>();

  constructor(
    families: readonly AnyTemplateFamily[],
    draft: PageDraft,
    options: ImportOptions,
    convert: Omit<ConvertContext, 'inlineTemplate'>
  ) {
    for (const family of families) {
      for (const name of family.templates) {
        if (this.#byName.has(name))
          throw new Error(`{{${name}}} is claimed by two template families`);
        this.#byName.set(name, family);
      }
      if (family.matches) this.#byPattern.push(family);
    }
    this.#convert = {
      ...convert,
      inlineTemplate: (node) => this.#inline(node),
      lineOf: (node) => convert.lineOf(node) ?? this.#fragmentLine(node),
    };
    this.#page = {
      draft,
      options,
      diagnostics: convert.diagnostics,
      links: convert.links,
      add: (markdown) => {
        if (markdown.trim()) draft.body.push(markdown.trim());
      },
      section: (heading, markdown) => {
        if (!markdown.trim()) return;
        // A section of headings alone ("|Import_Notes====Syntax===") would show empty headings.
        if (markdown.split('\n').every((line) => !line.trim() || /^#{1,6}\s/.test(line))) {
          convert.diagnostics.warn(
            'empty-section',
            `the ${heading} section has headings and no text (${markdownText(markdown).slice(0, 60)}); left out`
          );
          return;
        }
        draft.body.push(`## ${heading}\n\n${markdown.trim()}`);
      },
      setPageType: (type, line) => {
        draft.wiki.type ??= type;
        if (draft.wiki.type === type) return true;
        convert.diagnostics.warn(
          'second-page-type',
          `the page is a {{${draft.wiki.type}}} and also uses {{${type}}}; its type stays ${draft.wiki.type}`,
          line
        );
        return false;
      },
      resolveTitle: (title) => options.pages.resolve(candidateTitles(title, draft.wikiPath))?.title,
    };
  }

  /** The Markdown of nodes the engine converts itself (text between templates). */
  #markdownOf(nodes: WikiNode[]): string {
    return tidyMarkdown(
      toMarkdown(syntheticNode('wrapper', nodes, nodes.map(String).join('')), this.#convert)
    );
  }

  /**
   * Converts a page's top-level nodes in order: templates that stand in the page go to their
   * families, text between them is converted as one run (so a link in a sentence stays in it).
   */
  run(root: WikiNode): void {
    let prose: WikiNode[] = [];
    const flushProse = () => {
      if (prose.length === 0) return;
      const run = prose;
      prose = [];
      this.#page.add(this.#markdownOf(run));
    };
    const nodes = [...root.childNodes];
    // The page's own title, summary, topics…, wherever they stand, come before a pasted copy's
    // (a blank call, "{{Topics}}", gives way to it).
    const ran = new Set<AnyTemplateFamily>();
    for (const node of nodes) {
      const family = isTemplate(node) ? this.#familyOf(node) : undefined;
      if (family?.once && isTemplate(node) && hasValues(node)) ran.add(family);
    }
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as WikiNode;
      const family = isTemplate(node) ? this.#familyOf(node) : undefined;
      // Templates converted inside text (notes, to-dos) flow with the text around them.
      if (!isTemplate(node) || (family && !family.page && family.inline)) {
        prose.push(node);
        continue;
      }
      flushProse();
      if (!family) {
        this.#unknownTemplate(node);
        continue;
      }
      const unpasted = family.page && this.#unpasted(node, family);
      if (unpasted) {
        // The call, shortened, is read again, then what followed in its value.
        nodes.splice(index, 1, ...unpasted);
        index--;
        continue;
      }
      if (family.once && this.#pasted.has(node) && ran.has(family)) {
        this.#convert.diagnostics.warn(
          'pasted-page',
          `a second {{${normalizeTemplateName(node.name)}}} in the pasted page (${String(node).slice(0, 80).replace(/\s+/g, ' ')}) is left out: the page has its own`,
          () => this.#convert.lineOf(node)
        );
        continue;
      }
      // A blank call says nothing: a pasted copy with values still speaks after it.
      if (hasValues(node)) ran.add(family);
      const call = this.#call(node, family.parameters, family.nested ?? {}, family.name);
      family.page?.(call, this.#page);
    }
    flushProse();
    if (this.#otherFields.length > 0)
      this.#page.section('Other wiki fields', this.#otherFields.join('\n\n'));
  }

  /**
   * A page pasted into a value: a template that stands in a page ({{Guide}}, {{Notes_Section}},
   * {{Page_Title}}…) at the start of a line in a value of another, as when an editor pasted a
   * whole page into {{Concept_Page}}'s Content. Read in place, it would be kept as code. The call
   * keeps its value up to that template, and the rest of the value follows the call in the page,
   * read as the page's own: the nodes to read instead of the call, or undefined.
   */
  #unpasted(node: TemplateNode, family: AnyTemplateFamily): WikiNode[] | undefined {
    const declared = new Set(Object.keys(family.nested ?? {}));
    for (const arg of node.getAllArgs()) {
      let lineStart = true;
      for (const child of argumentValue(arg).childNodes) {
        if (lineStart && isTemplate(child) && !declared.has(normalizeTemplateName(child.name))) {
          const inner = this.#familyOf(child);
          if (inner?.page && !inner.inline) return this.#split(node, arg, child);
        }
        const text = child.toString();
        if (text.includes('\n')) lineStart = /\n[ \t]*$/.test(text);
        else if (text.trim()) lineStart = false;
      }
    }
    return undefined;
  }

  /** The call without `arg`'s value from `from` on, then that part of the value, parsed. */
  #split(node: TemplateNode, arg: TemplateArgument, from: TemplateNode): WikiNode[] | undefined {
    const source = node.toString();
    const local = new NodePositions(node, source);
    const at = local.offsetOf(from);
    const argAt = local.offsetOf(arg as unknown as WikiNode);
    if (at === undefined || argAt === undefined) return undefined;
    const argEnd = argAt + arg.toString().length;
    const call = source.slice(0, at) + source.slice(argEnd);
    const text = `${call}\n${source.slice(at, argEnd)}`;
    const root = parseWikitext(text);
    // A node's line is its text's place in the call as written.
    const firstLine = this.#convert.lineOf(node);
    const lines = new LineIndex(source);
    const positions = new NodePositions(root, text);
    this.#fragments.push((n) => {
      const offset = positions.offsetOf(n);
      if (offset === undefined || firstLine === undefined) return undefined;
      const original =
        offset >= call.length
          ? at + Math.max(0, offset - call.length - 1)
          : offset < at
            ? offset
            : offset - at + argEnd;
      return firstLine + lines.lineAt(original) - 1;
    });
    const name = normalizeTemplateName(node.name);
    this.#convert.diagnostics.warn(
      'page-template-in-value',
      `{{${name}}}'s ${arg.name} holds {{${normalizeTemplateName(from.name)}}} on a line of its own, a template that stands in a page: it and what follows it in the value are read as the page's own, after {{${name}}}`,
      firstLine === undefined ? undefined : firstLine + lines.lineAt(at) - 1
    );
    for (const pasted of root.childNodes.slice(1)) this.#pasted.add(pasted);
    // A call that was itself pasted stays so once shortened.
    const [shortened] = root.childNodes;
    if (shortened && this.#pasted.has(node)) this.#pasted.add(shortened);
    return root.childNodes;
  }

  #fragmentLine(node: WikiNode): number | undefined {
    for (const lineOf of this.#fragments) {
      const line = lineOf(node);
      if (line !== undefined) return line;
    }
    return undefined;
  }

  #familyOf(node: TemplateNode): AnyTemplateFamily | undefined {
    const name = normalizeTemplateName(node.name);
    return this.#byName.get(name) ?? this.#byPattern.find((family) => family.matches?.(name));
  }

  #inline(node: TemplateNode): string | undefined {
    const family = this.#familyOf(node);
    if (!family?.inline) return undefined;
    return family.inline(
      this.#call(node, family.parameters, family.nested ?? {}, family.name),
      this.#page
    );
  }

  #keep(node: WikiNode, kind: string, line: LineRef, message?: string, subject?: string): void {
    this.#convert.diagnostics.warn(
      kind,
      message ?? `${String(node).slice(0, 80).replace(/\n/g, ' ')} kept as wikitext`,
      line,
      subject
    );
    this.#page.add(keptWikitext(node.toString()));
  }

  /** A template no family converts, kept as written (the report counts them by name). */
  #unknownTemplate(node: TemplateNode): void {
    const name = `{{${normalizeTemplateName(node.name)}}}`;
    this.#keep(
      node,
      'unknown-template',
      () => this.#convert.lineOf(node),
      `${name} is no template the importer knows; kept as wikitext`,
      name
    );
  }

  /**
   * A value read as Markdown with its space-indented runs as <pre> elements (indented-pre.ts), as
   * MediaWiki showed them; the value is parsed again, its nodes keeping their lines in the page.
   */
  #withIndentedPre(
    arg: ArgumentValue,
    context: ConvertContext
  ): { arg: ArgumentValue; context: ConvertContext } {
    const indented = rewriteIndentedPre(arg.raw, arg.node, { startsLine: false });
    const firstLine = context.lineOf(arg.node);
    reportKeptRuns(indented, context.diagnostics, firstLine);
    if (!indented || indented.rewritten === 0) return { arg, context };
    const parsed = parseWikitext(indented.source);
    const node = syntheticNode('parameter-value', parsed.childNodes, indented.source);
    const positions = new NodePositions(parsed, indented.source);
    return {
      arg: { node, raw: indented.source },
      context: {
        ...context,
        lineOf: (n) => {
          const line = positions.lineOf(n);
          return line === undefined || firstLine === undefined
            ? context.lineOf(n)
            : firstLine + line - 1;
        },
      },
    };
  }

  /** Reads a call, reporting parameters its family did not declare and keeping their content. */
  #call<P extends string, N extends NestedTemplates>(
    node: TemplateNode,
    parameters: ParameterDocs<P>,
    nested: N,
    family: string
  ): TemplateCall<P, N> {
    const name = normalizeTemplateName(node.name);
    let lineFound: { line: number | undefined } | undefined;
    const line = () => (lineFound ??= { line: this.#convert.lineOf(node) }).line;
    const declared = new Set(Object.keys(parameters));
    const args = readArguments(node, declared, this.#convert.diagnostics, line);
    // Nodes rebuilt from pieces have no place in the page: they take the call's line.
    const context: ConvertContext = {
      ...this.#convert,
      lineOf: (n) => this.#convert.lineOf(n) ?? line(),
    };
    const markdownCache = new Map<string, string>();
    const markdownOf = (key: string) => {
      const arg = args.get(key);
      if (!arg) return '';
      let markdown = markdownCache.get(key);
      if (markdown === undefined) {
        const value = this.#withIndentedPre(arg, context);
        markdown = valueMarkdown(atLineStart(value.arg), value.context);
        markdownCache.set(key, markdown);
      }
      return markdown;
    };
    for (const key of args.keys()) {
      if (declared.has(key)) continue;
      this.#convert.diagnostics.warn(
        'unknown-parameter',
        `{{${name}}} has a parameter "${key.slice(0, 60)}" that the ${family} family does not know; its content is kept under "Other wiki fields"`,
        line,
        `{{${name}}} ${key.replace(/\s+/g, ' ').slice(0, 60)}`
      );
      const content = markdownOf(key);
      if (content)
        this.#otherFields.push(
          `### ${escapeMarkdown(name)}: ${escapeMarkdown(key.replace(/\s+/g, ' ').slice(0, 60))}\n\n${content}`
        );
    }
    const engine = this;
    return {
      name,
      line,
      source: node.toString(),
      has: (parameter) => (args.get(parameter)?.raw.trim() ?? '') !== '',
      markdown: (parameter) => markdownOf(parameter),
      text: (parameter) => {
        const arg = args.get(parameter);
        // A value read as text (a title, a fact) is no block: "::first-letter" is no list.
        const markdown =
          arg && startsBlock(arg.raw) ? valueMarkdown(arg.node, context) : markdownOf(parameter);
        return markdown ? markdownText(markdown) : '';
      },
      code: (parameter) => {
        const arg = args.get(parameter);
        return arg ? plainText(arg.node, context) : '';
      },
      shownCode: (parameter) => {
        const arg = args.get(parameter);
        return arg ? shownCode(arg.node, context) : '';
      },
      raw: (parameter) => args.get(parameter)?.raw ?? '',
      value: (parameter) => args.get(parameter)?.node,
      nested<K extends keyof N & string>(parameter: P, template: K) {
        const value = args.get(parameter)?.node;
        if (!value) return [];
        const calls: TemplateCall<keyof N[K] & string, {}>[] = [];
        const rest: WikiNode[] = [];
        for (const child of withPipesExpanded(value).childNodes) {
          if (isTemplate(child) && normalizeTemplateName(child.name) === template) {
            calls.push(engine.#call(child, nested[template] ?? {}, {}, family));
          } else if (child.toString().trim()) rest.push(child);
        }
        // Whatever else the value holds is no part of the nested templates: kept, reported.
        for (const other of rest) {
          if (isTemplate(other) && !engine.#familyOf(other)?.inline) engine.#unknownTemplate(other);
          else {
            context.diagnostics.warn(
              'text-between-templates',
              `{{${name}}}'s ${parameter} has text besides its {{${template}}} templates; kept`,
              line
            );
            engine.#page.add(engine.#markdownOf([other]));
          }
        }
        return calls;
      },
    };
  }
}

/** Helper for families: a value is one of the wiki's "yes" spellings. */
export function isYes(text: string): boolean {
  return /^(?:yes|true|y)$/i.test(text.trim());
}
