/**
 * The part of wikiparser-node's tokens that the importer reads. Nodes keep their exact source
 * text (`toString()`), so anything the importer does not convert can be shown as written.
 */
import Parser from 'wikiparser-node';

/** A node of a parsed page. */
export interface WikiNode {
  /** wikiparser-node's token type: `text`, `template`, `link`, `html`, `ext`, `table`… */
  type: string;
  /** The tag, template or magic word's name, when the node has one. */
  name?: string;
  childNodes: WikiNode[];
  /** The node that holds this one; absent for a page's root and for nodes made by the importer. */
  parentNode?: WikiNode | undefined;
  /** The node's source text, exactly as written. */
  toString(): string;
  getAttr?(name: string): unknown;
  /** A heading's level (`==` is 2). */
  level?: number;
  /** A table cell's kind: `td`, `th` or `caption`. */
  subtype?: string;
  /** Whether a table is closed by `|}`. */
  closed?: boolean;
}

/** One argument of a template call: `name=value`, or a value alone (named "1", "2"…). */
export interface TemplateArgument {
  /** The name, trimmed; positional arguments are named by their place. */
  name: string;
  /** Whether it was given without a name. */
  anon?: boolean;
  childNodes: WikiNode[];
  toString(): string;
}

/** A template call, as the parser gives it. */
export interface TemplateNode extends WikiNode {
  name: string;
  getAllArgs(): TemplateArgument[];
}

/** Whether a node is a template call. */
export function isTemplate(node: WikiNode): node is TemplateNode {
  return node.type === 'template';
}

/**
 * Parses wikitext into a tree of nodes, in wikiparser-node's read-only mode: the importer never
 * changes a tree, and in that mode the parser neither freezes every node's children nor defines
 * each text node's properties one by one (a sixth of the processor time of a 1 MB page), and it
 * caches what it computes from an unchanging tree.
 */
export function parseWikitext(source: string): WikiNode {
  Parser.viewOnly = true;
  return Parser.parse(source) as unknown as WikiNode;
}

/** A node made by the importer (text it rejoined, a value that is absent), with no parent. */
export function syntheticNode(type: string, childNodes: WikiNode[], text: string): WikiNode {
  return { type, childNodes, toString: () => text };
}

/** The value of a template argument (after `name=`): an empty node when it has none. */
export function argumentValue(arg: { childNodes: WikiNode[] }): WikiNode {
  return (
    arg.childNodes.find((c) => c.type === 'parameter-value') ??
    syntheticNode('parameter-value', [], '')
  );
}

/** A template name as the wiki meant it: "Template:Single_Example" → "single example". */
export function normalizeTemplateName(name: string): string {
  return (
    name
      .replace(/^Template:/i, '')
      // An editor's stray bold inside a name ("API_O'''bj'''ect_Method") is not part of it.
      .replace(/'{2,}/g, '')
      .replace(/_/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}
