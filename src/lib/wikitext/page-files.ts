/**
 * Where a wiki page's file comes from and where its Markdown goes. The corpus keeps a page at
 * `<wiki path>/index.md` and its translations at `<wiki path>/<lang>.md`; the site reads
 * `<wiki path>.md` and `<wiki path>.<lang>.md`. Every segment of an output path is safe in a URL
 * and a file name on any system, and visible to the site's content loader (which skips dot
 * files): a page whose name is not gets a safe name, reported; none can leave the output folder.
 */
/** A language subpage's name, as the wiki schema accepts it (`ja`, `pt-br`, `zh-hant`). */
const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/**
 * Characters a path segment keeps: letters and digits of any script, and punctuation that needs
 * no escaping in a URL path and is allowed in file names everywhere. Anything else (`#`, `?`,
 * `%`, `.`, `:`, spaces, quotes, slashes…) becomes `_`.
 */
const UNSAFE = /[^\p{L}\p{N}_\-~()!,'+]+/gu;

/** One page file of the corpus, mapped. */
export interface PageFile {
  /** The page's wiki title as the site uses it: `dom/Window/message` (a translation: its page's). */
  wikiPath: string;
  /** The translation's language, from its file name. */
  lang: string | undefined;
  /** The title wiki links use for it: `dom/Window/message`, `html/elements/a/ja`. */
  linkTitle: string;
  /** The output file, relative to the output folder, with `/`: `dom/Window/message.ja.md`. */
  output: string;
  /** When a segment was not safe: the title the corpus gave it. */
  renamedFrom: string | undefined;
}

/** A path segment made safe, or the segment itself. */
export function safeSegment(segment: string): string {
  const safe = segment.replace(/\s+/g, '_').replace(UNSAFE, '_');
  return safe === '' ? '_' : safe;
}

/**
 * The page of a corpus file, from its path relative to the corpus root (`/`-separated). Undefined
 * for a path that is not a page file (not `.md`) or that leaves the root (`../…`).
 */
export function pageOfFile(relativePath: string): PageFile | undefined {
  const segments = relativePath.split('/');
  if (!relativePath.endsWith('.md') || segments.some((s) => s === '..' || s === '' || s === '.'))
    return undefined;
  const file = (segments.pop() as string).replace(/\.md$/, '');
  const folder = segments;
  let titleSegments: string[];
  let lang: string | undefined;
  if (file === 'index' && folder.length > 0) titleSegments = folder;
  else if (LANG.test(file) && folder.length > 0) {
    titleSegments = folder;
    lang = file;
  } else titleSegments = [...folder, file];
  const title = titleSegments.map((s) => s.trim().replace(/\s+/g, '_')).join('/');
  const safe = titleSegments.map(safeSegment);
  const wikiPath = safe.join('/');
  // A page named "index" (RegExp's index property) gets a folder of its own: the site reads
  // `x/index.md` as the page `x`.
  const name = safe.at(-1) === 'index' ? `${wikiPath}/index` : wikiPath;
  return {
    wikiPath,
    lang,
    linkTitle: lang ? `${title}/${lang}` : title,
    output: `${name}${lang ? `.${lang}` : ''}.md`,
    renamedFrom: wikiPath === title ? undefined : title,
  };
}
