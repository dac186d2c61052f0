/**
 * The API page types: {{API_Object}} (an interface), {{API_Object_Method}} with its
 * {{Method_Parameter}}s, {{API_Object_Property}} and {{Event}}. Facts the site has fields for go
 * to the frontmatter (kind, event facts, wiki.appliesTo); the rest become sections, with a syntax
 * line built from the wiki's example names.
 */
import { defineTemplateFamily, isYes } from '../engine.ts';
import { escapeMarkdown, fence, termItem } from '../markdown.ts';
import { setAppliesTo } from './applies-to.ts';

/** The last segment of a wiki path, as an interface name (`dom/Window` → `Window`). */
function interfaceName(path: string): string {
  return (path.split('/').at(-1) ?? '').replace(/[^A-Za-z0-9]/g, '');
}

/** The Syntax section: JavaScript built from the wiki's example names. */
function syntaxBlock(code: string): string {
  return `## Syntax\n\n${fence(code, 'js')}`;
}

export const apiObject = defineTemplateFamily({
  name: 'API object',
  templates: ['api object'],
  parameters: {
    Subclass_of: 'the interface it inherits from, linked',
    Overview: 'the Overview section',
  },
  page(call, page) {
    page.setPageType(call.name, call.line);
    const parent = call.code('Subclass_of').trim();
    if (parent) page.add(`Inherits from ${page.links.wikiLink(parent, undefined, call.line)}.`);
    page.section('Overview', call.markdown('Overview'));
  },
});

export const apiObjectMethod = defineTemplateFamily({
  name: 'API object method',
  templates: ['api object method'],
  parameters: {
    Parameters: 'the {{Method Parameter}}s: the Parameters section and the syntax line',
    Method_applies_to: 'wiki.appliesTo',
    Example_object_name: 'the object in the syntax line',
    Return_value_name: 'the result in the syntax line',
    Javascript_data_type: 'the type of the return value',
    Return_value_description: 'the Return value section',
  },
  nested: {
    'method parameter': {
      Name: 'the parameter’s name',
      'Data type': 'its type',
      Optional: 'whether it is optional',
      Description: 'what it is',
      Index: 'not imported: the parameters’ order is the order they are written in',
    },
  },
  page(call, page) {
    if (page.setPageType(call.name, call.line)) page.draft.kind = 'method';
    setAppliesTo(call, 'Method_applies_to', page);
    const parameters = call.nested('Parameters', 'method parameter');
    const object = call.text('Example_object_name');
    const result = call.text('Return_value_name');
    const names = parameters.map((p) => p.text('Name')).filter(Boolean);
    if (object)
      page.add(
        syntaxBlock(
          `${result ? `var ${result} = ` : ''}${object}.${page.draft.title.replace(/\(\)$/, '')}(${names.join(', ')});`
        )
      );
    page.section(
      'Parameters',
      parameters
        .map((p) =>
          termItem(
            p.text('Name'),
            p.markdown('Description'),
            `${escapeMarkdown(p.text('Data type') || 'any')}${isYes(p.text('Optional')) ? ', optional' : ''}`
          )
        )
        .join('\n')
    );
    const type = call.text('Javascript_data_type');
    const description = call.markdown('Return_value_description');
    page.section(
      'Return value',
      [type && `Type: **${escapeMarkdown(type)}**`, description].filter(Boolean).join('\n\n')
    );
  },
});

export const apiObjectProperty = defineTemplateFamily({
  name: 'API object property',
  templates: ['api object property'],
  parameters: {
    Property_applies_to: 'wiki.appliesTo',
    Read_only: 'whether it is read-only, in the Property value section',
    Javascript_data_type: 'its type, in the Property value section',
    Example_object_name: 'the object in the syntax line',
    Example_value_name: 'the value set in the syntax line',
    Return_value_name: 'the value read in the syntax line',
    Return_value_description: 'the Property value section',
  },
  page(call, page) {
    if (page.setPageType(call.name, call.line)) page.draft.kind = 'property';
    setAppliesTo(call, 'Property_applies_to', page);
    const object = call.text('Example_object_name');
    const readOnly = isYes(call.text('Read_only'));
    const property = page.draft.title;
    const read = call.text('Return_value_name');
    const write = call.text('Example_value_name');
    if (object)
      page.add(
        syntaxBlock(
          [
            `${read ? `var ${read} = ` : ''}${object}.${property};`,
            !readOnly && write ? `${object}.${property} = ${write};` : '',
          ]
            .filter(Boolean)
            .join('\n')
        )
      );
    const type = call.text('Javascript_data_type');
    page.section(
      'Property value',
      [
        [
          type && `- Type: **${escapeMarkdown(type)}**`,
          call.has('Read_only') && `- Read-only: ${readOnly ? 'yes' : 'no'}`,
        ]
          .filter(Boolean)
          .join('\n'),
        call.markdown('Return_value_description'),
      ]
        .filter(Boolean)
        .join('\n\n')
    );
  },
});

export const event = defineTemplateFamily({
  name: 'event',
  templates: ['event'],
  parameters: {
    Event_applies_to: 'wiki.appliesTo, and the event’s target when Target is absent',
    Target: 'the event’s target (event.targets)',
    Interface: 'the event object’s interface (event.interface)',
    Synchronous: 'event.synchronous',
    Bubbles: 'event.bubbles',
    Cancelable: 'event.cancelable',
    Default_action: 'the Default action section',
    Content: 'text of the page, after the facts',
  },
  page(call, page) {
    const isEventPage = page.setPageType(call.name, call.line);
    setAppliesTo(call, 'Event_applies_to', page);
    const target =
      interfaceName(call.text('Target')) || interfaceName(call.text('Event_applies_to'));
    const eventInterface = interfaceName(call.text('Interface'));
    const handler = `on${page.draft.title.toLowerCase().replace(/[^a-z]/g, '')}`;
    if (!isEventPage || handler === 'on') {
      if (isEventPage)
        page.diagnostics.warn(
          'event-facts',
          `the title "${page.draft.title}" gives no event handler name; the page is an overview`,
          call.line
        );
      page.section('Default action', call.markdown('Default_action'));
      page.add(call.markdown('Content'));
      return;
    }
    page.draft.kind = 'event';
    page.draft.event = {
      interface: /^[A-Z]/.test(eventInterface) ? eventInterface : 'Event',
      bubbles: isYes(call.text('Bubbles')),
      cancelable: isYes(call.text('Cancelable')),
      synchronous: isYes(call.text('Synchronous')),
      handler,
      targets: [
        {
          interface: /^[A-Z]/.test(target) ? target : 'EventTarget',
          when: 'listed by the WebPlatform wiki (unreviewed)',
        },
      ],
    };
    page.section('Default action', call.markdown('Default_action'));
    page.add(call.markdown('Content'));
  },
});
