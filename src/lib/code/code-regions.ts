/**
 * Regions of source files shown on the page, so that the code a reader sees is the code a demo
 * runs. A region is the lines between `// #region name` and `// #endregion`, de-indented.
 */
export function extractRegion(source: string, name: string, file = 'source'): string {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region ${name}`);
  if (start === -1) throw new Error(`${file}: no "// #region ${name}"`);
  const end = lines.findIndex((line, index) => index > start && line.trim() === '// #endregion');
  if (end === -1) throw new Error(`${file}: "// #region ${name}" has no "// #endregion"`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(
    ...body.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length)
  );
  return body
    .map((line) => line.slice(Number.isFinite(indent) ? indent : 0))
    .join('\n')
    .trim();
}
