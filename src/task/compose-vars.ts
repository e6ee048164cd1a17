import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One `${VAR}` / `$VAR` a compose file interpolates, with where it stands. */
export interface ComposeVarRef {
  name: string;
  /** 1-based line in the file. */
  line: number;
  /** `${VAR:-x}`, `${VAR-x}`, `${VAR:+x}`, `${VAR+x}` give a value even when VAR is unset. */
  hasDefault: boolean;
}

// Compose's interpolation syntax: $$ is a literal dollar; ${NAME}, ${NAME<op>...} and $NAME substitute.
const REF = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+?=][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Every variable reference of a compose file's text, comment lines left out. */
export function composeVarRefs(text: string): ComposeVarRef[] {
  const out: ComposeVarRef[] = [];
  text.split('\n').forEach((raw, i) => {
    if (/^\s*#/.test(raw)) return;
    for (const m of raw.matchAll(REF)) {
      const name = m[1] ?? m[3];
      if (!name) continue;
      const op = m[2] ?? '';
      out.push({ name, line: i + 1, hasDefault: /^:?[-+]/.test(op) });
    }
  });
  return out;
}

/** The variables compose's `.env` next to the file defines (compose reads it from the project directory). */
export async function dotEnvNames(composeFile: string): Promise<Set<string>> {
  const text = await readFile(path.join(path.dirname(composeFile), '.env'), 'utf8').catch(() => '');
  const names = text
    .split('\n')
    .map((l) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined);
  return new Set(names);
}

/**
 * The references of `composeFile` that would be left unset: no default, not in `defined`, not in `.env`.
 * Compose turns those into empty strings, and a mount `${A}:${B}` becomes `:` or an image `${R}/${N}:${T}`
 * becomes `/:`, failing later with a message that names none of them.
 */
export async function unsetComposeVars(composeFile: string, defined: (name: string) => boolean): Promise<ComposeVarRef[]> {
  const text = await readFile(composeFile, 'utf8');
  const dotEnv = await dotEnvNames(composeFile);
  return composeVarRefs(text).filter((r) => !r.hasDefault && !defined(r.name) && !dotEnv.has(r.name));
}
