/**
 * What MDX pages may import: `import { Aside, PropertiesTable, Property } from '~/components/mdx';`.
 * Pages import from here only, so a component can move without touching content.
 */
export { default as Aside } from './reference/Aside.astro';
export { default as DemoPending } from './reference/DemoPending.astro';
export { default as PropertiesTable } from './reference/PropertiesTable.astro';
export { default as Property } from './reference/Property.astro';
