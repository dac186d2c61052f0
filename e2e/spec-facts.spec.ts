import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { FLAGSHIP } from './test-utils';

const require = createRequire(import.meta.url);
const events = JSON.parse(readFileSync(require.resolve('@webref/events/events.json'), 'utf8')) as {
  type: string;
  href?: string;
  targets: { target: string }[];
}[];
const message = events.filter((event) => event.type === 'message');

test('the flagship page’s full spec data lists every definition of message, linked, with every target', async ({
  page,
}) => {
  await page.goto(FLAGSHIP);
  const details = page.locator('section[aria-labelledby="event-facts"] details');
  await details.locator('summary').click();
  const rows = details.locator('tbody tr');
  await expect(rows).toHaveCount(message.length);
  for (const [index, definition] of message.entries()) {
    const row = rows.nth(index);
    if (definition.href) await expect(row.locator('a')).toHaveAttribute('href', definition.href);
    await expect(row.locator('td:nth-child(4) code')).toHaveText(
      definition.targets.map((t) => t.target)
    );
  }
  const messagePort = page
    .locator('.wp-event-targets')
    .getByRole('link', { name: 'MessagePort', exact: true });
  await expect(messagePort).toHaveAttribute('href', '/apis/web-messaging/MessagePort');
});

test('interface pages show their IDL and a members table generated from it', async ({ page }) => {
  await page.goto('/apis/web-messaging/MessageEvent');
  await expect(page.locator('#idl ~ figure pre')).toContainText('interface MessageEvent : Event');
  await expect(page.locator('#idl ~ figure pre')).toContainText('dictionary MessageEventInit');
  const members = page.getByRole('region', { name: 'Members of MessageEvent' }).locator('tbody th');
  await expect(members.filter({ hasText: /^origin$/ })).toHaveCount(1);
  await expect(members.filter({ hasText: /^new MessageEvent\(/ })).toHaveCount(1);
  for (const path of [
    '/apis/web-messaging/MessagePort',
    '/apis/web-messaging/BroadcastChannel',
    '/apis/web-messaging/MessageChannel',
    '/apis/workers/Worker',
  ]) {
    await page.goto(path);
    await expect(page.locator('#members')).toBeVisible();
    expect(
      await page.locator('section[aria-labelledby="members"] tbody tr').count()
    ).toBeGreaterThan(1);
  }
});

test('the footer names the versions of every data package', async ({ page }) => {
  await page.goto(FLAGSHIP);
  const footer = page.locator('.wp-data-versions');
  for (const name of [
    '@mdn/browser-compat-data',
    'web-features',
    'web-specs',
    '@webref/events',
    '@webref/idl',
  ]) {
    await expect(footer).toContainText(name);
  }
});
