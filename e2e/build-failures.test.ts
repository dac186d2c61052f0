import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Builds the real site with a fixture folder as its only content, and returns the exit status
 * and everything the build printed. Each fixture is a content folder with one broken page.
 */
const scratch = mkdtempSync(join(tmpdir(), 'wpref-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildFixture(name: string) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(scratch, name, 'dist')],
    {
      env: {
        ...process.env,
        WPREF_CONTENT_DIR: resolve('e2e/fixtures', name),
        WPREF_CACHE_DIR: join(scratch, name, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
      timeout: 120_000,
    }
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build refuses broken content', () => {
  test('bad frontmatter: names the file, the field and what was expected', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('dom/Window/message data does not match collection schema');
    expect(output).toContain('event.bubbles: expected true or false');
    expect(output).toContain('e2e/fixtures/bad-frontmatter/dom/Window/message.mdx');
  }, 120_000);

  test('a related page that does not exist: names the file, the field and the missing id', () => {
    const { status, output } = buildFixture('unknown-related');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'dom/Window/message.mdx: field "related[0]" names "apis/web-messaging/MessageEvnet", but no page has that id'
    );
  }, 120_000);

  test('an alias that collides with another page’s URL', () => {
    const { status, output } = buildFixture('alias-collision');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /\/dom\/window\/message is claimed by .*dom\/Window\/message\.mdx \(its own URL\) and .*dom\/Window\/other\.mdx \(field "aliases"\)/
    );
  }, 120_000);

  test('an unknown BCD key: names the file, the field, the key and the nearest key', () => {
    const { status, output } = buildFixture('unknown-bcd-key');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /dom\/Window\/message\.mdx: field "bcd" names "api\.Window\.mesage_event", which is not a feature of @mdn\/browser-compat-data \(the nearest existing key is "api\.Window"\)/
    );
  }, 120_000);

  test('a spec URL in no known specification: names the file and the field', () => {
    const { status, output } = buildFixture('unknown-spec-url');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /dom\/Window\/message\.mdx: field "specs\[1\]\.url" links to https:\/\/specs\.example\.org\/messaging#event-message, which is not in any specification that web-specs lists/
    );
  }, 120_000);

  test('an unknown web-features id: names the file, the field and the id', () => {
    const { status, output } = buildFixture('unknown-web-feature');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /dom\/Window\/message\.mdx: field "webFeatures" names "post-message", which is not a feature id of web-features/
    );
  }, 120_000);

  test('an event target the specs do not list: names the file, the field, the claim and the data', () => {
    const { status, output } = buildFixture('wrong-event-target');
    expect(status).not.toBe(0);
    expect(output).toContain(
      "the event facts contradict the specifications' data (@webref/events)"
    );
    expect(output).toMatch(
      /event\.targets\[1\]\.interface: the page says "Element", but no spec lists a "message" event there \(the specs list: .*Window/
    );
  }, 120_000);

  test('a property the IDL lacks: names the page, the interface and the member', () => {
    const { status, output } = buildFixture('unknown-property');
    expect(status).not.toBe(0);
    expect(output).toContain(
      '<Property of="MessageEvent" name="domain">: MessageEvent has no member "domain" in @webref/idl'
    );
  }, 120_000);

  test('a valid fixture builds, so the failures above are the content’s fault', () => {
    const { status, output } = buildFixture('valid');
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  }, 120_000);
});
