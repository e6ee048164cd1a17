import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: Promise<string | null> | undefined;

/**
 * The directory of this installation that holds `compose/` (the shipped fragments and images): found by
 * walking up from this module (src/core/ in a checkout, dist/<bundle>/ in the bundles), so it works from
 * source, the CLI and the Action. Null when there is none.
 */
export function installRoot(): Promise<string | null> {
  found ??= (async () => {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++) {
      if (await stat(path.join(dir, 'compose')).then((s) => s.isDirectory(), () => false)) return dir;
      dir = path.dirname(dir);
    }
    return null;
  })();
  return found;
}
