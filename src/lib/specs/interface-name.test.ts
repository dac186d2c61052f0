import { describe, expect, test } from 'vitest';
import { interfaceNameHtml } from './interface-name';

describe('interfaceNameHtml', () => {
  test('links a name the site has a page for, and shows others as code', () => {
    const links = { MessagePort: '/apis/web-messaging/MessagePort' };
    expect(interfaceNameHtml('MessagePort', links)).toBe(
      '<a href="/apis/web-messaging/MessagePort"><code>MessagePort</code></a>'
    );
    expect(interfaceNameHtml('Window', links)).toBe('<code>Window</code>');
  });
  test('escapes what it is given', () => {
    expect(interfaceNameHtml('<x>', { '<x>': '/a?b="c"' })).toBe(
      '<a href="/a?b=&quot;c&quot;"><code>&lt;x&gt;</code></a>'
    );
  });
});
