import { execFileSync } from 'node:child_process';

/**
 * When each content file last changed, from git history: one `git log` for the whole build,
 * not one per page. Files outside git (fixtures, synthetic pages) have no date.
 */
let dates: Map<string, string> | undefined;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  try {
    const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', 'src/content'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) date = line.slice(1);
      // The newest commit comes first: keep the first date seen for each file.
      else if (line && !map.has(line)) map.set(line, date);
    }
  } catch {
    // Not a git checkout (e.g. a tarball): pages simply show no date.
  }
  return map;
}

/** The ISO date of the last commit that changed a file (path relative to the repository). */
export function lastChanged(path: string): string | undefined {
  dates ??= load();
  return dates.get(path.replace(/^\.\//, ''));
}
