/**
 * The registry of template families: every template of the WebPlatform wiki the importer
 * converts, one family per file. The engine (../engine.ts) dispatches to them and reports any
 * template or parameter none declares.
 */
import type { AnyTemplateFamily } from '../engine.ts';
import { apiObject, apiObjectMethod, apiObjectProperty, event } from './api.ts';
import { byline, externalAttribution, mdnAttribution } from './attribution.ts';
import { compatibility, compatibilityData } from './compatibility.ts';
import { contentPages, tutorials } from './content-pages.ts';
import { cssMediaGroup, cssProperty } from './css.ts';
import { exampleInText, examples } from './examples.ts';
import { editorialFlags, flags } from './flags.ts';
import { glossaryItem } from './glossary.ts';
import { httpHeader } from './http.ts';
import { citationNeeded, citations, note, todo } from './inline-notes.ts';
import { jsReturnValue, jsSyntax, jsTopics } from './javascript.ts';
import { beginnersSubmenu, listings, prefixIndex } from './listings.ts';
import { markupAttribute, markupElement, markupElementFacts } from './markup.ts';
import { mdnMacros } from './mdn-macros.ts';
import { notes, remarks } from './notes.ts';
import { apiName, languages, pageTitle, standardizationStatus, topics } from './page-header.ts';
import { seeAlso } from './see-also.ts';
import { specifications } from './specifications.ts';
import { summary } from './summary.ts';

export const TEMPLATE_FAMILIES: readonly AnyTemplateFamily[] = [
  pageTitle,
  apiName,
  languages,
  standardizationStatus,
  topics,
  flags,
  editorialFlags,
  summary,
  examples,
  exampleInText,
  notes,
  remarks,
  specifications,
  compatibility,
  compatibilityData,
  seeAlso,
  externalAttribution,
  mdnAttribution,
  byline,
  apiObject,
  apiObjectMethod,
  apiObjectProperty,
  event,
  cssProperty,
  cssMediaGroup,
  markupElement,
  markupAttribute,
  markupElementFacts,
  jsSyntax,
  jsReturnValue,
  jsTopics,
  tutorials,
  contentPages,
  glossaryItem,
  httpHeader,
  listings,
  prefixIndex,
  beginnersSubmenu,
  note,
  todo,
  citationNeeded,
  citations,
  mdnMacros,
];
