/**
 * One WebPlatform wiki page → one MDX page of the site's `reference` collection. Templates become
 * typed frontmatter or MDX sections; anything unknown is kept visibly and reported. The result is
 * validated with the site's own schema. Never writes files: the CLI does.
 */
import Parser from 'wikiparser-node';
import { mdxToJs } from 'satteri';
import { z } from 'astro/zod';
import { referencePageSchema, STANDARDIZATION_STATUSES } from '../../schemas/reference-page.ts';
import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import { findSpec, type SpecEntry } from '../specs/spec-titles.ts';
import {
  avoidLayoutAnchors,
  firstProseSentence,
  longEnough,
  oneSentence,
  plainOf,
  tidyMarkdown,
} from './markdown.ts';
import { checkMalformed, joinTableFragments, withPipesExpanded } from './structure.ts';
import {
  argumentValue,
  escapeMdx,
  fence,
  languageOf,
  lineOf,
  normalizeTemplateName,
  plainText,
  toMarkdown,
  wikiPathOf,
  type InlineContext,
  type WikiNode,
} from './inline.ts';

/** Whether a value is one http(s) URL that a Markdown link can hold as it is. */
const isLinkableUrl = (value: string) => /^https?:\/\/[^\s()<>]+$/.test(value);

/** What the importer checks pages against: the data the site's build checks them with. */
export interface ImportOptions {
  /** web-specs' list: only spec URLs it knows go to frontmatter (the build rejects others). */
  knownSpecs: readonly SpecEntry[];
}

/** What importing one page gives. */
export interface ImportResult {
  /** The MDX file, when the page could be imported. */
  mdx: string | undefined;
  /** The frontmatter, as validated. */
  frontmatter: Record<string, unknown> | undefined;
  warnings: Diagnostic[];
  errors: Diagnostic[];
  /** Wiki paths the page links to. */
  links: string[];
}

interface TemplateNode extends WikiNode {
  name: string;
  getAllArgs(): { name: string; childNodes: WikiNode[]; toString(): string }[];
}

const schema = referencePageSchema({
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
});

const STATUS_MAP: Record<string, (typeof STANDARDIZATION_STATUSES)[number]> = {
  'w3c recommendation': 'recommendation',
  'w3c proposed recommendation': 'candidate-recommendation',
  'w3c candidate recommendation': 'candidate-recommendation',
  'w3c last call working draft': 'working-draft',
  'w3c working draft': 'working-draft',
  "w3c editor's draft": 'editors-draft',
  "editor's draft": 'editors-draft',
  'living standard': 'living-standard',
  'whatwg living standard': 'living-standard',
  'non-standard': 'non-standard',
  obsolete: 'obsolete',
  deprecated: 'obsolete',
  'ecmascript standard': 'recommendation',
  'ecmascript 5': 'recommendation',
};

const splitList = (text: string) =>
  text
    .split(/,|\n/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Imports one page. `wikiPath` is its path on the wiki (`dom/Window/message`); `importDate` is
 * recorded in the attribution. Returns errors instead of throwing.
 */
export function importWikiPage(
  source: string,
  wikiPath: string,
  options: ImportOptions
): ImportResult {
  const diagnostics = new Diagnostics();
  const context: InlineContext = { diagnostics, links: [], editorial: [] };
  /** The result of a page that could not be imported. */
  const failure = (): ImportResult => ({
    mdx: undefined,
    frontmatter: undefined,
    warnings: diagnostics.warnings,
    errors: diagnostics.errors,
    links: context.links.map((link) => link.path),
  });
  let root: WikiNode;
  try {
    root = Parser.parse(source) as unknown as WikiNode;
  } catch (error) {
    diagnostics.error('parse', `the wiki parser failed: ${(error as Error).message}`);
    return failure();
  }

  checkMalformed(root, diagnostics);
  if (diagnostics.errors.length > 0) {
    return failure();
  }

  const title = wikiPath.split('/').at(-1)?.replace(/_/g, ' ') ?? wikiPath;
  const data: Record<string, unknown> = { title, kind: 'overview', standardization: 'unknown' };
  const review: { state?: string; notes?: string; issues: string[] } = { issues: [] };
  const upstream: { title: string; url: string }[] = [];
  let license: 'CC-BY-3.0' | 'CC-BY-SA-3.0' = 'CC-BY-3.0';
  const sections: string[] = [];
  const specs: { url: string; section?: string }[] = [];
  /** Authors named by {{Byline}} (tutorials). */
  const authors: string[] = [];
  let usesChildPages = false;
  const args = (template: TemplateNode) => {
    const map = new Map<string, { name: string; childNodes: WikiNode[]; toString(): string }>();
    for (const arg of joinTableFragments(template, template.getAllArgs(), diagnostics)) {
      if (map.has(arg.name))
        diagnostics.warn(
          'repeated-parameter',
          `{{${template.name}}} repeats "${arg.name}"; the last value is used`,
          lineOf(template)
        );
      map.set(arg.name, arg);
    }
    return map;
  };
  const md = (arg: { childNodes: WikiNode[] } | undefined) =>
    arg ? tidyMarkdown(toMarkdown(withPipesExpanded(argumentValue(arg)), context)) : '';
  /** A value as a "## heading" section, converted once; nothing when it is empty. */
  const pushSection = (heading: string, arg: { childNodes: WikiNode[] } | undefined) => {
    const body = md(arg);
    if (body) sections.push(`## ${heading}\n\n${body}`);
  };
  const text = (arg: { childNodes: WikiNode[] } | undefined) =>
    arg ? plainText(argumentValue(arg), context).trim() : '';
  const used = (
    template: TemplateNode,
    known: readonly string[],
    map: Map<string, { childNodes: WikiNode[] }>
  ) => {
    const extra: string[] = [];
    for (const [name, arg] of map) {
      if (known.includes(name)) continue;
      diagnostics.warn(
        'unknown-parameter',
        `{{${normalizeTemplateName(template.name)}}} has an unknown parameter "${name}"; kept under "Other wiki fields"`,
        lineOf(template)
      );
      const content = md(arg);
      if (content) extra.push(`### ${escapeMdx(name)}\n\n${content}`);
    }
    if (extra.length > 0)
      sections.push(
        `## Other wiki fields of ${escapeMdx(normalizeTemplateName(template.name))}\n\n${extra.join('\n\n')}`
      );
  };
  const keepUnknown = (node: WikiNode, why: string) => {
    diagnostics.warn(
      why,
      `${String(node).slice(0, 80).replace(/\n/g, ' ')} kept as wikitext`,
      lineOf(node)
    );
    sections.push(
      `<Aside kind="note" title="Wiki markup the importer does not understand">\n\n${fence(node.toString(), 'wikitext')}\n\n</Aside>`
    );
  };

  // Text between templates is converted as one run, so a link inside a sentence stays in it.
  let prose: WikiNode[] = [];
  const flushProse = () => {
    const run = prose;
    prose = [];
    if (run.length === 0) return;
    const converted = tidyMarkdown(
      toMarkdown({ type: 'wrapper', childNodes: run, toString: () => run.join('') }, context)
    );
    if (converted) sections.push(converted);
  };
  for (const node of root.childNodes) {
    if (node.type !== 'template') {
      prose.push(node);
      continue;
    }
    flushProse();
    const template = node as TemplateNode;
    const name = normalizeTemplateName(template.name);
    const a = args(template);
    switch (name) {
      case 'page title':
        if (text(a.get('1'))) data['title'] = text(a.get('1'));
        break;
      case 'api name':
      case 'languages':
        break;
      case 'flags':
        used(
          template,
          ['State', 'Editorial notes', 'Checked_Out', 'High-level issues', 'Content'],
          a
        );
        if (text(a.get('State'))) review.state = text(a.get('State'));
        if (text(a.get('Editorial notes'))) review.notes = text(a.get('Editorial notes'));
        review.issues.push(
          ...splitList(text(a.get('High-level issues'))),
          ...splitList(text(a.get('Content')))
        );
        break;
      case 'standardization status': {
        const status = text(a.get('1'));
        const mapped = STATUS_MAP[status.toLowerCase()];
        if (status && !mapped)
          diagnostics.warn(
            'unknown-status',
            `standardization status "${status}" is not one the site knows; recorded as unknown`,
            lineOf(template)
          );
        data['standardization'] = mapped ?? 'unknown';
        break;
      }
      case 'summary section': {
        const summary = text(a.get('1'));
        if (summary)
          data['summary'] = longEnough(
            String(data['title']),
            oneSentence(
              summary.replace(
                /\[\[[^|\]]*\|([^\]]*)\]\]|\[\[([^\]]*)\]\]|'''?|\[\S+ ([^\]]*)\]/g,
                (_m, p1, p2, p3) => p1 ?? p2 ?? p3 ?? ''
              )
            )
          );
        pushSection('Summary', a.get('1'));
        break;
      }
      case 'event': {
        used(
          template,
          [
            'Event_applies_to',
            'Synchronous',
            'Bubbles',
            'Target',
            'Cancelable',
            'Interface',
            'Default_action',
            'Content',
          ],
          a
        );
        const yes = (key: string) => /^yes$/i.test(text(a.get(key)));
        const last = (key: string) =>
          wikiPathOf(text(a.get(key)))
            .split('/')
            .at(-1)
            ?.replace(/[^A-Za-z0-9]/g, '') ?? '';
        const target = last('Target') || last('Event_applies_to');
        const iface = last('Interface') || 'Event';
        data['kind'] = 'event';
        data['event'] = {
          interface: /^[A-Z]/.test(iface) ? iface : 'Event',
          bubbles: yes('Bubbles'),
          cancelable: yes('Cancelable'),
          synchronous: yes('Synchronous'),
          handler: `on${String(data['title'])
            .toLowerCase()
            .replace(/[^a-z]/g, '')}`,
          targets: [
            {
              interface: /^[A-Z]/.test(target) ? target : 'EventTarget',
              when: 'listed by the WebPlatform wiki (unreviewed)',
            },
          ],
        };
        if (text(a.get('Default_action')))
          sections.push(`## Default action\n\n${md(a.get('Default_action'))}`);
        break;
      }
      case 'api object':
      case 'api object method':
      case 'api object property':
      case 'css property':
      case 'markup element': {
        if (name === 'api object method') data['kind'] = 'method';
        else if (name === 'api object property') data['kind'] = 'property';
        const parts = [...a].map(([key, value]) => {
          const inner = argumentValue(value);
          const nested = inner.childNodes.filter((c) => c.type === 'template') as TemplateNode[];
          if (
            nested.length > 0 &&
            nested.every((t) => normalizeTemplateName(t.name) === 'method parameter')
          ) {
            return `### ${escapeMdx(key.replace(/_/g, ' '))}\n\n${nested.map((t) => parameterRow(t)).join('\n')}`;
          }
          if (
            nested.length > 0 &&
            nested.every((t) => normalizeTemplateName(t.name) === 'css property value')
          ) {
            return `### ${escapeMdx(key.replace(/_/g, ' '))}\n\n${nested.map((t) => propertyValueRow(t)).join('\n')}`;
          }
          const converted = toMarkdown(inner, context).trim();
          // "Method_applies_to=apis/indexeddb/IDBTransaction": a wiki path, so a link.
          const target = /applies_to$/i.test(key) ? text(value) : '';
          if (/^[\w.-]+(?:\/[\w.:()-]+)+$/.test(target)) {
            context.links.push({ path: wikiPathOf(target), line: lineOf(template) });
            return `### ${escapeMdx(key.replace(/_/g, ' '))}\n\n[${escapeMdx(target)}](/${wikiPathOf(target)})`;
          }
          return converted ? `### ${escapeMdx(key.replace(/_/g, ' '))}\n\n${converted}` : '';
        });
        const body = parts.filter(Boolean).join('\n\n');
        if (body)
          sections.push(
            `## ${name === 'css property' ? 'Property' : name === 'markup element' ? 'Element' : 'Facts'}\n\n${body}`
          );
        break;
      }
      case 'examples section':
        pushExamples(a.get('Examples'));
        break;
      case 'notes section':
        used(template, ['Usage', 'Notes', 'Import_Notes', 'Not_required'], a);
        for (const [key, heading] of [
          ['Usage', 'Usage'],
          ['Notes', 'Notes'],
          ['Import_Notes', 'Import notes'],
        ] as const) {
          pushSection(heading, a.get(key));
        }
        break;
      case 'related specifications section': {
        const list = argumentValue(a.get('Specifications') ?? { childNodes: [] }).childNodes.filter(
          (c) => c.type === 'template'
        ) as TemplateNode[];
        const rows = list.map((spec) => {
          const s = args(spec);
          const url = text(s.get('URL'));
          const specName = text(s.get('Name')) || url;
          if (/^https:\/\//.test(url)) {
            if (findSpec(url, options.knownSpecs)) specs.push({ url, section: specName });
            else
              diagnostics.warn(
                'unknown-spec',
                `${url} is in no specification web-specs lists (an old draft?); listed in the body only`,
                lineOf(spec)
              );
          }
          return `- [${escapeMdx(specName)}](${url}) (${escapeMdx(text(s.get('Status')) || 'status unknown')})`;
        });
        if (rows.length > 0)
          sections.push(`## Specifications listed by the wiki\n\n${rows.join('\n')}`);
        break;
      }
      case 'compatibility section': {
        const tables = ['Desktop_rows', 'Mobile_rows', 'Notes_rows'].flatMap((key) => {
          const rows = argumentValue(a.get(key) ?? { childNodes: [] }).childNodes.filter(
            (c) => c.type === 'template'
          ) as TemplateNode[];
          if (rows.length === 0) return [];
          const cells = rows.map((row) => [...args(row)].map(([k, v]) => [k, text(v)] as const));
          const columns = [...new Set(cells.flatMap((row) => row.map(([k]) => k)))];
          const escapeCell = (value: string) =>
            escapeMdx(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
          return [
            `### ${key.replace('_rows', '').replace('Desktop', 'Desktop browsers').replace('Mobile', 'Mobile browsers')}`,
            `| ${columns.map(escapeCell).join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |\n${cells
              .map(
                (row) =>
                  `| ${columns.map((c) => escapeCell(row.find(([k]) => k === c)?.[1] ?? '')).join(' | ')} |`
              )
              .join('\n')}`,
          ];
        });
        if (text(a.get('Imported_tables'))) {
          diagnostics.warn(
            'imported-compat-table',
            'an imported compatibility table is kept as wikitext',
            lineOf(template)
          );
          tables.push(fence(text(a.get('Imported_tables')), 'wikitext'));
        }
        if (tables.length > 0)
          sections.push(
            `## Compatibility as the wiki recorded it (2015)\n\n${tables.join('\n\n')}`
          );
        break;
      }
      case 'see also section': {
        const links = [md(a.get('Manual_links')), md(a.get('Manual_sections'))].filter(Boolean);
        if (links.length > 0) sections.push(`## See also on the wiki\n\n${links.join('\n\n')}`);
        break;
      }
      case 'topics': {
        const topics = [...a.values()].map((v) => text(v)).filter(Boolean);
        if (topics.length > 0)
          sections.push(`## Topics\n\n${topics.map((t) => `- ${escapeMdx(t)}`).join('\n')}`);
        break;
      }
      case 'external attribution': {
        used(template, ['Is_CC-BY-SA', 'Sources', 'MDN_link', 'MSDN_link', 'HTML5Rocks_link'], a);
        if (/^yes$/i.test(text(a.get('Is_CC-BY-SA')))) license = 'CC-BY-SA-3.0';
        // The site each link field names, for links given as a bare URL.
        const linkSites: Record<string, string> = {
          MDN_link: 'MDN Web Docs',
          MSDN_link: 'Microsoft Developer Network (MSDN)',
          HTML5Rocks_link: 'HTML5 Rocks',
        };
        const unparsed: string[] = [];
        for (const [key, site] of Object.entries(linkSites)) {
          const raw = a.get(key)
            ? argumentValue(a.get(key) as { childNodes: WikiNode[] }).toString()
            : '';
          const value = raw.replace(/\{\{=\}\}/g, '=').trim();
          const titled = /\[(\S+)\s+([^\]]+)\]/.exec(value);
          const bare = /^["']?(https?:\/\/[^\s"'<>]+)["']?$/.exec(value);
          // A URL and its title without the brackets: "http://… The title".
          const unbracketed = /^(https?:\/\/[^\s"'<>\]]+)["']?\s+([^\]]+?)\]?$/.exec(value);
          if (titled?.[1] && titled[2]) upstream.push({ title: titled[2].trim(), url: titled[1] });
          else if (bare?.[1]) upstream.push({ title: site, url: bare[1] });
          else if (unbracketed?.[1] && unbracketed[2])
            upstream.push({ title: unbracketed[2].trim(), url: unbracketed[1] });
          else if (value) {
            diagnostics.warn(
              'attribution-link',
              `${key} "${text(a.get(key))}" is neither a URL nor a [url title] link; kept under Sources`,
              lineOf(template)
            );
            unparsed.push(`${site}: ${text(a.get(key))}`);
          }
        }
        const sources = [text(a.get('Sources')), ...unparsed].filter(Boolean);
        if (sources.length > 0 && (upstream.length === 0 || unparsed.length > 0))
          sections.push(`## Sources\n\n${sources.map((line) => escapeMdx(line)).join('\n\n')}`);
        break;
      }
      case 'tutorial':
      case 'guide':
      case 'concept page':
      case 'basic page':
      case 'css selector':
      case 'css function':
      case 'css at rule':
      case 'css media feature':
      case 'data type page':
      case 'constant':
      case 'markup attribute': {
        // Page-type templates: their Content is the page's text, their Examples its examples.
        used(
          template,
          [
            'Content',
            'Examples',
            'Not_required',
            'Applies_to',
            'Property_applies_to',
            'Prev_page',
            'Next_page',
          ],
          a
        );
        const content = md(a.get('Content'));
        if (content) sections.push(content);
        pushSeries(text(a.get('Prev_page')), text(a.get('Next_page')), template);
        const appliesTo = text(a.get('Applies_to')) || text(a.get('Property_applies_to'));
        if (appliesTo) {
          const target = appliesTo.replace(/^https?:\/\/docs\.webplatform\.org\/wiki\//, '');
          sections.push(
            `## Applies to\n\n${/^https?:/.test(target) ? `<${target}>` : `[${escapeMdx(target)}](/${wikiPathOf(target)})`}`
          );
          if (!/^https?:/.test(target))
            context.links.push({ path: wikiPathOf(target), line: lineOf(template) });
        }
        pushExamples(a.get('Examples'));
        break;
      }
      case 'http header': {
        used(template, ['Syntax', 'Direction', 'Required'], a);
        const facts = [
          text(a.get('Direction')) && `- **Direction**: ${escapeMdx(text(a.get('Direction')))}`,
          text(a.get('Required')) && `- **Required**: ${escapeMdx(text(a.get('Required')))}`,
        ].filter(Boolean);
        const syntax = text(a.get('Syntax'));
        const parts = [syntax && fence(syntax, ''), facts.join('\n')].filter(Boolean);
        if (parts.length > 0) sections.push(`## Header\n\n${parts.join('\n\n')}`);
        break;
      }
      case 'js syntax': {
        used(template, ['Formats', 'Values'], a);
        const formats = nestedTemplates(a.get('Formats'), 'js syntax format').map((format) =>
          text(args(format).get('Format'))
        );
        const values = nestedTemplates(a.get('Values'), 'js syntax parameter').map((value) => {
          const v = args(value);
          used(value, ['Name', 'Required', 'Description'], v);
          const optional = /^optional$/i.test(text(v.get('Required')));
          return `- **${escapeMdx(text(v.get('Name')))}**${optional ? ' (optional)' : ''}: ${md(v.get('Description'))}`;
        });
        const parts = [
          formats.filter(Boolean).length > 0 ? fence(formats.filter(Boolean).join('\n'), 'js') : '',
          values.length > 0 ? `### Parameters\n\n${values.join('\n')}` : '',
        ].filter(Boolean);
        if (parts.length > 0) sections.push(`## Syntax\n\n${parts.join('\n\n')}`);
        break;
      }
      case 'js return value':
        // Only functions return values: a JavaScript page with this section is a method.
        if (data['kind'] === 'overview') data['kind'] = 'method';
        used(template, ['Description'], a);
        pushSection('Return value', a.get('Description'));
        break;
      case 'remarks section':
        used(template, ['Remarks'], a);
        pushSection('Remarks', a.get('Remarks'));
        break;
      case 'glossary item': {
        used(template, ['Term', 'Definition'], a);
        const definition = md(a.get('Definition'));
        if (text(a.get('Term'))) data['title'] = text(a.get('Term'));
        if (definition) {
          sections.push(`## Definition\n\n${definition}`);
          if (!data['summary'])
            data['summary'] = longEnough(String(data['title']), oneSentence(plainOf(definition)));
        }
        break;
      }
      case 'byline': {
        used(template, ['Name', 'URL', 'Published', 'Content', 'Not_required'], a);
        const name = text(a.get('Name'));
        const url = text(a.get('URL'));
        const published = text(a.get('Published'));
        if (name) authors.push(name);
        const by = name
          ? isLinkableUrl(url)
            ? `[${escapeMdx(name)}](${url})`
            : escapeMdx(name)
          : '';
        const line = [by && `By ${by}`, published && `published ${escapeMdx(published)}`]
          .filter(Boolean)
          .join(', ');
        if (line) sections.push(`*${line}.*`);
        const content = md(a.get('Content'));
        if (content) sections.push(content);
        break;
      }
      case 'js object listing':
      case 'js topics':
      case 'concept listing':
      case 'api listing':
      case 'page index listing':
      case 'css media group':
      case 'beginners/submenu':
        pushListing(name, template, a);
        break;
      case 'editorial/merge candidate':
      case 'editorial/deletion candidate': {
        const what = name.replace('editorial/', '');
        const detail = [...a.values()]
          .map((v) => text(v))
          .filter(Boolean)
          .join('; ');
        review.issues.push(detail ? `${what}: ${detail}` : what);
        break;
      }
      default:
        keepUnknown(template, 'unknown-template');
    }
  }

  flushProse();

  /** The templates nested in a parameter's value that have the given (normalised) name. */
  function nestedTemplates(
    arg: { childNodes: WikiNode[] } | undefined,
    name: string
  ): TemplateNode[] {
    if (!arg) return [];
    const nested = argumentValue(arg).childNodes.filter(
      (c) => c.type === 'template'
    ) as TemplateNode[];
    for (const other of nested.filter((t) => normalizeTemplateName(t.name) !== name))
      keepUnknown(other, 'unknown-template');
    return nested.filter((t) => normalizeTemplateName(t.name) === name);
  }

  /** A tutorial's previous and next pages, linked on this site. */
  function pushSeries(previous: string, next: string, template: TemplateNode): void {
    const link = (label: string, target: string) => {
      const path = wikiPathOf(target);
      context.links.push({ path, line: lineOf(template) });
      return `- ${label}: [${escapeMdx(target)}](/${path})`;
    };
    const items = [previous && link('Previous', previous), next && link('Next', next)].filter(
      Boolean
    );
    if (items.length > 0) sections.push(`## In this series\n\n${items.join('\n')}`);
  }

  /** An "Examples" value ({{Single Example}}s) as the page's Examples section. */
  function pushExamples(arg: { childNodes: WikiNode[] } | undefined): void {
    const rendered = nestedTemplates(arg, 'single example').map((example, index) => {
      const e = args(example);
      used(example, ['Language', 'Description', 'Code', 'LiveURL'], e);
      const lang = languageOf(text(e.get('Language')) || 'javascript');
      return [
        `### Example ${index + 1}`,
        md(e.get('Description')),
        e.get('Code') ? fence(text(e.get('Code')), lang) : '',
        liveExample(text(e.get('LiveURL')), example),
      ]
        .filter(Boolean)
        .join('\n\n');
    });
    if (rendered.length > 0) sections.push(`## Examples\n\n${rendered.join('\n\n')}`);
  }

  /**
   * A listing the wiki computed when it rendered the page (subpages, or a semantic query over
   * its categories). Subpage listings become the site's own list of child pages; a query the
   * site cannot run (categories were not imported) is kept, visibly, with a warning.
   */
  function pushListing(
    family: string,
    template: TemplateNode,
    a: Map<string, { name: string; childNodes: WikiNode[]; toString(): string }>
  ): void {
    used(
      template,
      [
        'Query',
        'query',
        'Use_page_title',
        'List_all_subpages',
        'Manual_links',
        'Manual_sections',
        'External_links',
        'JS Page Type',
        'Applies to',
        'Topic_clusters',
        'Is_CC-BY-SA',
      ],
      a
    );
    const queryArg = a.get('Query') ?? a.get('query');
    // The query as written: its [[Category:…]] terms are query syntax, not links.
    const query = queryArg ? argumentValue(queryArg).toString().trim() : '';
    if (query) {
      diagnostics.warn(
        'wiki-query',
        `{{${family}}} listed pages with the query ${query.slice(0, 80)}, which the site cannot run`,
        lineOf(template)
      );
      sections.push(
        `<Aside kind="note" title="A list the wiki computed">\n\nThe wiki listed pages here with a query over its categories, which were not imported:\n\n${fence(query, 'wikitext')}\n\n</Aside>`
      );
    } else if (!usesChildPages) {
      // JavaScript pages list their object's pages (a method's listing shows its siblings);
      // other listings show the page's own subpages. One list per page, however many templates.
      const of =
        family.startsWith('js ') && /^javascript\/[^/]+\//.test(wikiPath)
          ? wikiPath.split('/').slice(0, 2).join('/')
          : wikiPath;
      usesChildPages = true;
      const name = of.split('/').at(-1)?.replace(/_/g, ' ') ?? of;
      sections.push(`## Pages under ${escapeMdx(name)}\n\n<ChildPages of="${of}" />`);
    }
    const links = ['Manual_links', 'Manual_sections', 'External_links']
      .map((key) => md(a.get(key)))
      .filter(Boolean);
    if (links.length > 0) sections.push(`## See also on the wiki\n\n${links.join('\n\n')}`);
  }

  /** The link to an example's live version; a LiveURL that is not a URL is kept as code. */
  function liveExample(live: string, example: TemplateNode): string {
    if (!live) return '';
    if (isLinkableUrl(live)) return `[View the live example](${live})`;
    diagnostics.warn(
      'live-url',
      `LiveURL "${live.slice(0, 60)}" is not a URL; kept as code`,
      lineOf(example)
    );
    return `The wiki's LiveURL field, which is not a URL:\n\n${fence(live, 'wikitext')}`;
  }

  function propertyValueRow(template: TemplateNode): string {
    const v = args(template);
    used(template, ['Data Type', 'Description'], v);
    return `- **${escapeMdx(text(v.get('Data Type')))}**: ${md(v.get('Description'))}`;
  }

  function parameterRow(template: TemplateNode): string {
    const p = args(template);
    return `- **${escapeMdx(text(p.get('Name')))}** (${escapeMdx(text(p.get('Data type')) || 'any')}${/^yes$/i.test(text(p.get('Optional'))) ? ', optional' : ''}): ${md(p.get('Description'))}`;
  }

  // Without a {{Summary_Section}}, the first sentence of the page's own prose serves, said so in
  // the review notice; with no prose either, a placeholder says there is no summary.
  const fromText = data['summary'] ? undefined : firstProseSentence(sections.join('\n\n'));
  if (fromText) {
    diagnostics.warn(
      'summary-from-text',
      'the page has no {{Summary_Section}}; its first sentence is the summary'
    );
    data['summary'] = longEnough(String(data['title']), fromText);
    review.issues.push('Summary taken from the text');
  } else if (!data['summary']) {
    diagnostics.warn(
      'no-summary',
      'the page has no {{Summary_Section}}; a placeholder summary says so'
    );
    data['summary'] =
      `${String(data['title'])} is documented here as imported from the WebPlatform wiki, which gives no summary.`;
    review.issues.push('No summary');
  }
  data['specs'] = specs;
  // Each editorial flag once, however often the page names it.
  review.issues = [...new Set([...review.issues, ...context.editorial])];
  data['review'] = review;
  data['attribution'] = {
    source: {
      title: `${String(data['title'])} · WebPlatform Docs`,
      url: `https://webplatform.github.io/docs/${wikiPath}/`,
    },
    wikiPath,
    license,
    contributors: [...authors, 'WebPlatform.org contributors'],
    upstream,
  };

  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      diagnostics.error('invalid-frontmatter', `${issue.path.join('.')}: ${issue.message}`);
    return failure();
  }
  const components = [
    ...(sections.some((section) => section.includes('<Aside')) ? ['Aside'] : []),
    ...(usesChildPages ? ['ChildPages'] : []),
  ];
  const mdx = [
    `---\n${JSON.stringify(data, null, 2)}\n---`,
    components.length > 0 ? `import { ${components.join(', ')} } from '~/components/mdx';` : '',
    avoidLayoutAnchors(sections.join('\n\n')),
  ]
    .filter(Boolean)
    .join('\n\n');
  // The site's own MDX compiler (Astro's) must accept the page: an importer bug that produced
  // invalid MDX fails this page here, with the place, instead of failing a whole site build.
  try {
    mdxToJs(mdx);
  } catch (error) {
    diagnostics.error(
      'invalid-mdx',
      `the generated MDX does not compile (the importer's fault; at output line:column ${(error as Error).message.split('\n')[0]})`
    );
    return failure();
  }
  return {
    mdx: `${mdx}\n`,
    frontmatter: data,
    warnings: diagnostics.warnings,
    errors: diagnostics.errors,
    links: context.links.map((l) => l.path),
  };
}
