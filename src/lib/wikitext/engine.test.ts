import { describe, expect, test } from 'vitest';
import { kinds, wikiOptions } from '~/test-utils/wiki';
import { Diagnostics } from './diagnostics.ts';
import { newDraft } from './draft.ts';
import { defineTemplateFamily, TemplateEngine } from './engine.ts';
import { importWikiPage } from './import-page.ts';
import { PageLinks } from './links.ts';
import { TEMPLATE_FAMILIES } from './templates/index.ts';

const options = wikiOptions(['dom/Window']);
const importPage = (source: string) => importWikiPage(source, { wikiPath: 'test/page' }, options);

/** Templates that families match by pattern, with a name of each kind. */
const PATTERN_SAMPLES: Record<string, string> = {
  'prefix index': 'Special:PrefixIndex/css/',
  'MDN macros': 'SVGElement("font")',
};

/** Where each nested template is written, for the test to reach it: its outer template and parameter. */
const NESTED_IN: Record<string, [string, string]> = {
  'single example': ['Examples_Section', 'Examples'],
  'related specification': ['Related_Specifications_Section', 'Specifications'],
  'compatibility table desktop row': ['Compatibility_Section', 'Desktop_rows'],
  'compatibility table mobile row': ['Compatibility_Section', 'Mobile_rows'],
  'compatibility notes row': ['Compatibility_Section', 'Notes_rows'],
  'imported compatibility table': ['Compatibility_Section', 'Imported_tables'],
  'method parameter': ['API_Object_Method', 'Parameters'],
  'css property value': ['CSS_Property', 'Values'],
  'js syntax format': ['JS_Syntax', 'Formats'],
  'js syntax parameter': ['JS_Syntax', 'Values'],
};

describe('the registry of template families', () => {
  test('no template is claimed by two families', () => {
    const names = TEMPLATE_FAMILIES.flatMap((family) => family.templates);
    expect(names.length).toBe(new Set(names).size);
    const twice = defineTemplateFamily({ name: 'twice', templates: ['note'], parameters: {} });
    const diagnostics = new Diagnostics();
    expect(
      () =>
        new TemplateEngine([...TEMPLATE_FAMILIES, twice], newDraft('x', undefined), options, {
          diagnostics,
          lineOf: () => undefined,
          links: new PageLinks(options.pages, 'x', diagnostics),
        })
    ).toThrow('{{note}} is claimed by two template families');
  });

  test('every family says what each parameter becomes, and converts somewhere', () => {
    for (const family of TEMPLATE_FAMILIES) {
      expect(family.page ?? family.inline, family.name).toBeDefined();
      for (const [parameter, doc] of [
        ...Object.entries(family.parameters),
        ...Object.values(family.nested ?? {}).flatMap((nested) => Object.entries(nested)),
      ])
        expect(doc.trim().length, `${family.name}: ${parameter}`).toBeGreaterThan(5);
    }
  });

  test.each(
    TEMPLATE_FAMILIES.flatMap((family) =>
      [
        ...family.templates,
        ...(PATTERN_SAMPLES[family.name] ? [PATTERN_SAMPLES[family.name]] : []),
      ].map((template) => [family.name, template] as const)
    )
  )(
    '%s: {{%s}} reports a parameter it does not declare, with its line, and keeps its content',
    (_family, template) => {
      const result = importPage(
        `{{Summary_Section|A page that tests the engine.}}\n\n{{Notes_Section|Notes=Text {{${template}|Undeclared_parameter=kept content}} more.}}\n{{${template}|Undeclared_parameter=kept content}}`
      );
      const unknown = result.warnings.filter((w) => w.kind === 'unknown-parameter');
      expect(unknown.length, JSON.stringify(result.warnings)).toBeGreaterThan(0);
      expect(unknown[0]?.subject).toMatch(/\} Undeclared_parameter$/);
      expect(unknown.every((w) => w.line === 3 || w.line === 4)).toBe(true);
      expect(result.markdown).toContain('kept content');
    }
  );

  test.each(Object.entries(NESTED_IN))(
    'nested {{%s}} reports a parameter it does not declare',
    (nested, [outer, parameter]) => {
      expect(
        TEMPLATE_FAMILIES.some((family) => Object.keys(family.nested ?? {}).includes(nested))
      ).toBe(true);
      const result = importPage(
        `{{Summary_Section|A page that tests the engine.}}\n{{${outer}|${parameter}={{${nested}|Undeclared_parameter=kept content}}}}`
      );
      expect(result.warnings).toContainEqual(
        expect.objectContaining({
          kind: 'unknown-parameter',
          subject: `{{${nested}}} Undeclared_parameter`,
          line: 2,
        })
      );
      expect(result.markdown).toContain('kept content');
    }
  );

  test('every nested template of every family is covered above', () => {
    const nested = TEMPLATE_FAMILIES.flatMap((family) => Object.keys(family.nested ?? {}));
    for (const name of nested) expect(Object.keys(NESTED_IN), name).toContain(name);
  });
});

describe('reading arguments', () => {
  test('a table written with bare | in an argument is one value, nothing moved to other fields', () => {
    const result = importPage(
      '{{Notes_Section\n|Notes=Exceptions:\n{| class="wikitable"\n|-\n|NotFoundError\n|The store is not in scope.\n|}\nAfter the table.\n|Import_Notes=Imported.\n}}'
    );
    expect(kinds(result.warnings)).toContain('table-in-argument');
    expect(kinds(result.warnings)).not.toContain('unknown-parameter');
    expect(result.markdown).toContain(
      '|  |  |\n| --- | --- |\n| NotFoundError | The store is not in scope. |'
    );
    expect(result.markdown).toContain('After the table.');
    expect(result.markdown).toContain('## Import notes\n\nImported.');
  });

  test('a list at the start of a value is a list, as MediaWiki reads it', () => {
    const result = importPage('{{See_Also_Section|Manual_links=* [[dom/Window|one]]\n* two}}');
    expect(result.markdown).toContain('## See also on the wiki\n\n- [one](/dom/Window)\n- two');
  });

  test('a value with an = and no name is kept whole for a template whose text is positional', () => {
    const result = importPage('{{Note|Set <code>x=1</code> first.}}');
    expect(result.markdown).toContain('> **Note:** Set `x=1` first.');
    expect(kinds(result.warnings)).toContain('equals-in-value');
  });
});
