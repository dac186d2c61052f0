import type { z } from 'astro/zod';

/**
 * Validates a component's props with its schema and throws a message that names the component,
 * each bad prop and what was expected, instead of a raw zod dump.
 */
export function parseProps<T extends z.ZodType>(
  schema: T,
  props: unknown,
  component: string
): z.output<T> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${issue.path.length > 0 ? issue.path.join('.') : '(props)'}: ${issue.message}`
  );
  throw new Error([`Invalid props for ${component}:`, ...problems].join('\n'));
}
