import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { inheritedEnv } from './build-site';

/**
 * The dev server shows an edited page's change: the site index and page models are built once
 * and must be rebuilt when content changes. Runs `astro dev` on copies of the content (a curated
 * page and two wiki pages), edits them, and reads the pages again. How fast is measured by
 * `npm run bench`, not here.
 */
const scratch = mkdtempSync(join(tmpdir(), 'wpref-dev-'));
const reference = join(scratch, 'reference');
const wiki = join(scratch, 'wiki');
const port = Number(process.env['DEV_TEST_PORT'] ?? 4398);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
let output = '';

const WIKI_PAGE = (title: string, summary: string) =>
  `---\n${JSON.stringify(
    {
      title,
      kind: 'overview',
      standardization: 'unknown',
      summary,
      review: { issues: ['Needs Review'] },
      attribution: {
        source: {
          title: `${title} · WebPlatform Docs`,
          url: 'https://webplatform.github.io/docs/',
        },
        wikiPath: `css/${title}`,
        license: 'CC-BY-3.0',
        contributors: ['WebPlatform.org contributors'],
      },
    },
    null,
    2
  )}\n---\n\n## Notes\n\nA page of the dev-server test.\n`;

/** The text of a page, once the server answers for it. */
async function text(path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  return response.ok ? response.text() : `${response.status}`;
}

/** Waits until `path` contains `expected`, or fails naming what the page and server said. */
async function eventually(path: string, expected: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = await text(path).catch((error: unknown) => String(error));
    if (last.includes(expected)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${path} never showed "${expected}"; the server said:\n${output.slice(-2000)}`);
}

/**
 * In the dev server Astro keeps the content store in the project's .astro folder (builds keep
 * theirs in the cache folder): entries of this test's last run, whose scratch folder is gone,
 * would make the server import files that no longer exist, and every page fail. The test starts
 * from no store and leaves none behind; the next `astro dev` rebuilds it.
 */
const forgetDevContentStore = () => {
  for (const file of ['data-store.json', 'content-modules.mjs', 'content-assets.mjs'])
    rmSync(resolve('.astro', file), { force: true });
};

beforeAll(async () => {
  forgetDevContentStore();
  cpSync(resolve('src/content/reference'), reference, { recursive: true });
  mkdirSync(join(wiki, 'css'), { recursive: true });
  writeFileSync(
    join(wiki, 'css', 'first.md'),
    WIKI_PAGE('first', 'The first page of a tiny wiki.')
  );
  writeFileSync(
    join(wiki, 'css', 'second.md'),
    WIKI_PAGE('second', 'The second page of a tiny wiki.')
  );
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        ...inheritedEnv(),
        WPREF_CONTENT_DIR: reference,
        WPREF_WIKI_DIR: wiki,
        WPREF_CACHE_DIR: join(scratch, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await eventually('/css/first', 'The first page of a tiny wiki.', 120_000);
}, 150_000);

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
  forgetDevContentStore();
});

describe('the dev server after an edit', () => {
  test('a wiki page shows its new text, and the pages that list it their new title', async () => {
    const file = join(wiki, 'css', 'second.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('"title": "second"', '"title": "second, renamed"')
        .replace('A page of the dev-server test.', 'Edited while the server runs.')
    );
    await eventually('/css/second', 'Edited while the server runs.');
    // The sidebar of another page of the group comes from the rebuilt index.
    await eventually('/css/first', 'second, renamed');
  }, 90_000);

  test('a new wiki page is served, and a deleted one is gone', async () => {
    writeFileSync(
      join(wiki, 'css', 'third.md'),
      WIKI_PAGE('third', 'A page added while the server runs.')
    );
    await eventually('/css/third', 'A page added while the server runs.');
    rmSync(join(wiki, 'css', 'third.md'));
    await eventually('/css/third', '404');
  }, 90_000);

  test('a curated page shows its new summary in its own page and in its See also elsewhere', async () => {
    const file = join(reference, 'dom', 'Window', 'messageerror.mdx');
    const before = readFileSync(file, 'utf8');
    const summary = /^summary: (.*)$/m.exec(before)?.[1] ?? '';
    writeFileSync(
      file,
      before.replace(summary, 'An edited summary of the messageerror event, shown at once.')
    );
    await eventually('/dom/Window/messageerror', 'An edited summary of the messageerror event');
    await eventually('/dom/Window/message', 'An edited summary of the messageerror event');
  }, 90_000);
});
