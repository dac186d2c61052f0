import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Reads the data packages from node_modules at build time. They are read from disk rather than
 * imported, so that megabytes of JSON never enter a Vite bundle, and each is parsed once.
 */
const require = createRequire(import.meta.url);
const cache = new Map<string, unknown>();

/** The folder of an installed package, found from its main entry (exports hide package.json). */
const packageDir = (name: string) => dirname(require.resolve(name));

/** Parses a JSON file of a package once per build. */
export function readPackageJson<T>(name: string, file: string): T {
  const key = `${name}/${file}`;
  if (!cache.has(key))
    cache.set(key, JSON.parse(readFileSync(join(packageDir(name), file), 'utf8')));
  return cache.get(key) as T;
}

/** The installed version of a package. */
export function packageVersion(name: string): string {
  return readPackageJson<{ version: string }>(name, 'package.json').version;
}

/** The texts of @webref/idl's IDL files by spec short name (`html` → the text of `html.idl`). */
export function webrefIdlTexts(): Record<string, string> {
  const folder = packageDir('@webref/idl');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.idl'))
      .map((file) => [file.slice(0, -'.idl'.length), readFileSync(join(folder, file), 'utf8')])
  );
}
