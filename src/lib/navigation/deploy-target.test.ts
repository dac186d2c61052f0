import { describe, expect, test } from 'vitest';
import {
  canonicalPagePath,
  deployTarget,
  outputFormat,
  pageFile,
  pageJsonFile,
  urlOfPageFile,
} from './deploy-target';

describe('deployTarget', () => {
  test('is a plain static server by default', () => {
    expect(deployTarget({})).toBe('static');
  });

  test('is the host whose build environment this is', () => {
    expect(deployTarget({ NETLIFY: 'true' })).toBe('netlify');
    expect(deployTarget({ CF_PAGES: '1' })).toBe('cloudflare-pages');
  });

  test('DEPLOY_TARGET wins over the environment', () => {
    expect(deployTarget({ DEPLOY_TARGET: 'static', NETLIFY: 'true' })).toBe('static');
    expect(deployTarget({ DEPLOY_TARGET: 'github-pages' })).toBe('github-pages');
    expect(deployTarget({ DEPLOY_TARGET: ' ' })).toBe('static');
  });

  test('refuses an unknown DEPLOY_TARGET, saying what is expected', () => {
    expect(() => deployTarget({ DEPLOY_TARGET: 'vercel' })).toThrow(
      'DEPLOY_TARGET is "vercel": expected one of "static", "netlify", "cloudflare-pages", "github-pages"'
    );
  });
});

describe('outputFormat', () => {
  test('one folder per page for plain servers; one file per page for hosts that serve page.html at /page', () => {
    expect(outputFormat('static')).toBe('directory');
    expect(outputFormat('netlify')).toBe('file');
    expect(outputFormat('cloudflare-pages')).toBe('file');
    expect(outputFormat('github-pages')).toBe('file');
  });
});

describe('pageFile', () => {
  test('a page is an index.html in its folder, or a file named after it', () => {
    expect(pageFile('/dom/Window/message', 'directory')).toBe('dom/Window/message/index.html');
    expect(pageFile('/dom/Window/message', 'file')).toBe('dom/Window/message.html');
  });

  test('the home page is index.html in both formats', () => {
    expect(pageFile('/', 'directory')).toBe('index.html');
    expect(pageFile('/', 'file')).toBe('index.html');
  });
});

describe('urlOfPageFile', () => {
  test('maps both formats back to the page URL', () => {
    expect(urlOfPageFile('dom/Window/message/index.html')).toBe('/dom/Window/message');
    expect(urlOfPageFile('dom/Window/message.html')).toBe('/dom/Window/message');
    expect(urlOfPageFile('index.html')).toBe('/');
    expect(urlOfPageFile('404.html')).toBe('/404');
  });

  test('is the inverse of pageFile', () => {
    for (const url of ['/', '/dom', '/dom/Window/message/wiki-original'])
      for (const format of ['directory', 'file'] as const)
        expect(urlOfPageFile(pageFile(url, format))).toBe(url);
  });

  test('is undefined for files that are not pages', () => {
    expect(urlOfPageFile('dom/Window/message.json')).toBeUndefined();
    expect(urlOfPageFile('_astro/site.css')).toBeUndefined();
  });
});

describe('canonicalPagePath', () => {
  test('drops what each format adds to a page path', () => {
    expect(canonicalPagePath('/dom/Window/message/')).toBe('/dom/Window/message');
    expect(canonicalPagePath('/dom/Window/message.html')).toBe('/dom/Window/message');
    expect(canonicalPagePath('/dom/Window/message/index.html')).toBe('/dom/Window/message');
    expect(canonicalPagePath('/dom/Window/message')).toBe('/dom/Window/message');
  });

  test('keeps the home page, and a fragment or query', () => {
    expect(canonicalPagePath('/')).toBe('/');
    expect(canonicalPagePath('/index.html')).toBe('/');
    expect(canonicalPagePath('/dom/Window/message/#security')).toBe('/dom/Window/message#security');
    expect(canonicalPagePath('/dom.html?q=1')).toBe('/dom?q=1');
  });
});

describe('pageJsonFile', () => {
  test('puts the view beside the page in both formats', () => {
    expect(pageJsonFile('/dom/Window/message')).toBe('dom/Window/message.json');
    expect(pageJsonFile('/apis/web-messaging/')).toBe('apis/web-messaging.json');
  });
  test('the home page has none', () => {
    expect(() => pageJsonFile('/')).toThrow(/home page/);
  });
});
