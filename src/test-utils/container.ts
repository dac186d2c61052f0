import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Renderable = Parameters<AstroContainer['renderToString']>[0];

/** Renders a component to HTML with the Container API and parses it for queries. */
export async function renderComponent(
  component: Renderable,
  props: Record<string, unknown> = {},
  slots: Record<string, string> = {}
): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props, slots });
}
