import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { trimCspHashes } from './csp-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('trimCspHashes', () => {
  const run = 'console.log(1)';
  const other = 'console.log(2)';

  test('keeps the hashes of the inline scripts the page holds and drops the rest', () => {
    const html = page(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(other)} ${hash(run)}; style-src 'self' ${hash('a{}')};`,
      `<script>${run}</script>`
    );
    expect(policyOf(trimCspHashes(html))).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(run)}; style-src 'self';`
    );
  });

  test('keeps a style hash for an inline style, and only scripts count for script-src', () => {
    const html = page(
      `script-src 'self' ${hash('a{}')}; style-src 'self' ${hash('a{}')}`,
      `<style>a{}</style>`
    );
    expect(policyOf(trimCspHashes(html))).toBe(
      `script-src 'self'; style-src 'self' ${hash('a{}')}`
    );
  });

  test('a script with a src is not an inline script', () => {
    const html = page(
      `script-src 'self' ${hash('')}`,
      `<script type="module" src="/a.js"></script>`
    );
    expect(policyOf(trimCspHashes(html))).toBe(`script-src 'self'`);
  });

  test('the rest of the page, and a page without a policy, are left as they are', () => {
    const html = page(`script-src 'self' ${hash(run)}`, `<script>${run}</script><p>$& text</p>`);
    expect(trimCspHashes(html)).toBe(html);
    const bare = `<html><head><script>${run}</script></head></html>`;
    expect(trimCspHashes(bare)).toBe(bare);
  });
});
