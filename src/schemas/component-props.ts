import { z } from 'astro/zod';

/**
 * The props of MDX components that take author input, checked by `parseProps`. Defined here, once
 * per build: a schema built in a component's frontmatter would be rebuilt (and recompiled by zod)
 * for every row of every page.
 */

/** `<Property of="MessageEvent" name="origin">`: one row of a `<PropertiesTable>`. */
export const propertyPropsSchema = z
  .object({
    /** The interface the property belongs to, e.g. `MessageEvent`. */
    of: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, { error: 'expected an interface name' }),
    /** The attribute name, e.g. `origin`. */
    name: z.string().regex(/^[A-Za-z_$][\w$]*$/, { error: 'expected a property name' }),
    /** Where the property is defined; defaults to its definition in the spec. */
    href: z
      .string()
      .regex(/^(?:https:\/\/|\/)/, { error: 'expected an https:// URL or a site path' })
      .optional(),
  })
  .strict();
