/**
 * The dev server as a new contributor meets it (part of `npm run bench`): `astro dev` on a fresh
 * cache with the whole reference, timed to its first page served; then an edit of a wiki page and
 * of a curated page, each timed until the page shows it. The content is a copy, so the edits
 * never touch the repository.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the dev server took, in ms. */
export interface DevTimes {
  firstPage: number;
  wikiEdit: number;
  curatedEdit: number;
}

/** Polls a page until it contains `expected`; the time it took, in ms. */
async function timeUntil(url: string, expected: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const body = await fetch(url)
      .then((response) => response.text())
      .catch(() => '');
    if (body.includes(expected)) return performance.now() - started;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not show "${expected}" within ${timeoutMs / 1000} s`);
}

/** Runs the measurement in `scratch` on `port`, with a copy of the site's content. */
export async function measureDevServer(scratch: string, port: number): Promise<DevTimes> {
  const reference = join(scratch, 'dev-reference');
  const wiki = join(scratch, 'dev-wiki');
  cpSync(resolve('src/content/reference'), reference, { recursive: true });
  cpSync(resolve('src/content/wiki'), wiki, { recursive: true });
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        WPREF_CONTENT_DIR: reference,
        WPREF_WIKI_DIR: wiki,
        WPREF_CACHE_DIR: join(scratch, 'dev-cache'),
      },
      stdio: 'ignore',
    }
  );
  try {
    await timeUntil(`${origin}/dom/Window/message`, '<h1', 180_000);
    const firstPage = performance.now() - started;

    // Appends a sentence to a page's file and times until the server shows it.
    const timeEdit = (file: string, url: string) => {
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA sentence added by the bench.\n`);
      return timeUntil(`${origin}${url}`, 'added by the bench', 60_000);
    };
    const wikiEdit = await timeEdit(
      join(wiki, 'css', 'properties', 'color.md'),
      '/css/properties/color'
    );
    const curatedEdit = await timeEdit(
      join(reference, 'dom', 'Window', 'messageerror.mdx'),
      '/dom/Window/messageerror'
    );
    return { firstPage, wikiEdit, curatedEdit };
  } finally {
    server.kill();
  }
}
