import { describe, expect, test } from 'vitest';
import PropertiesTable from './PropertiesTable.astro';
import Property from './Property.astro';
import { renderComponent } from '~/test-utils/container';

describe('<PropertiesTable> and <Property>', () => {
  test('the table has a caption, column headers and the rows passed in', async () => {
    const html = await renderComponent(
      PropertiesTable,
      { of: 'MessageEvent' },
      { default: '<tr><td>row</td></tr>' }
    );
    expect(html).toMatch(/<caption[^>]*>Properties of <code[^>]*>MessageEvent<\/code>/);
    expect([...html.matchAll(/<th[^>]* scope="col"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      'Property',
      'Type',
      'Meaning',
    ]);
    expect(html).toContain('<tbody');
    expect(html).toContain('<tr><td>row</td></tr>');
  });

  test('a property row takes its type from the specs’ IDL and links its name', async () => {
    const html = await renderComponent(
      Property,
      {
        of: 'MessageEvent',
        name: 'origin',
        href: 'https://html.spec.whatwg.org/#dom-messageevent-origin',
      },
      { default: 'The sender’s origin.' }
    );
    expect(html).toMatch(/<tr[^>]* id="property-origin"/);
    expect(html).toMatch(
      /<th[^>]* scope="row"[^>]*><a href="https:\/\/html\.spec\.whatwg\.org\/#dom-messageevent-origin"/
    );
    expect(html).toMatch(/<code[^>]*>USVString<\/code>/);
    expect(html).toContain('The sender’s origin.');
  });

  test('without href, the link is the member’s definition in its spec', async () => {
    const html = await renderComponent(Property, { of: 'MessageEvent', name: 'ports' });
    expect(html).toMatch(
      /<a href="https:\/\/html\.spec\.whatwg\.org\/multipage\/#dom-messageevent-ports"/
    );
    expect(html).toMatch(/<code[^>]*>FrozenArray&lt;MessagePort&gt;<\/code>/);
  });

  test('a property the IDL lacks fails, naming the interface and the member', async () => {
    await expect(renderComponent(Property, { of: 'MessageEvent', name: 'domain' })).rejects.toThrow(
      /<Property of="MessageEvent" name="domain">: MessageEvent has no member "domain" in @webref\/idl/
    );
  });

  test('bad props fail with the component and prop named', async () => {
    await expect(
      renderComponent(Property, { of: 'MessageEvent', name: 'data', href: 'javascript:alert(1)' })
    ).rejects.toThrow(
      /Invalid props for <Property>:\n {2}href: expected an https:\/\/ URL or a site path/
    );
  });
});
