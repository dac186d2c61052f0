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

  test('a property row links its name, shows its type and its description', async () => {
    const html = await renderComponent(
      Property,
      {
        name: 'origin',
        type: 'USVString',
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

  test('bad props fail with the component and prop named', async () => {
    await expect(
      renderComponent(Property, { name: 'data', type: 'any', href: 'javascript:alert(1)' })
    ).rejects.toThrow(
      /Invalid props for <Property>:\n {2}href: expected an https:\/\/ URL or a site path/
    );
  });
});
