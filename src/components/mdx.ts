/**
 * What MDX pages may import: `import { Aside, PropertiesTable, Property } from '~/components/mdx';`.
 * Pages import from here only, so a component can move without touching content.
 */
export { default as Aside } from './reference/Aside.astro';
export { default as ChildPages } from './reference/ChildPages.astro';
export { default as PropertiesTable } from './reference/PropertiesTable.astro';
export { default as Property } from './reference/Property.astro';
export { default as CrossDocumentDemo } from './demos/CrossDocumentDemo.astro';
export { default as WorkerDemo } from './demos/WorkerDemo.astro';
export { default as ChannelDemo } from './demos/ChannelDemo.astro';
export { default as Playground } from './demos/Playground.astro';
