/**
 * What the frameworks' rewriters share: each framework's `rewrite` gives the task's test command with its
 * structured report switched on, written to a path in a fresh directory outside the workspace. Flags go
 * right after the runner's own word, so `pytest tests && echo done` still works; a command that hides the
 * runner behind a script gets the flags appended, and if no report appears the grader says the suite did
 * not run.
 */

/** Single-quotes a path for bash. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const BEFORE = String.raw`(^|[\s;&|(/])`;
const AFTER = String.raw`(?=$|[\s;&|)])`;

/** Inserts ` flags` after the first (or every) match of the word `token`; null when there is none. */
export function insertAfter(command: string, token: string, flags: string, every = false): string | null {
  const re = new RegExp(`${BEFORE}(${token})${AFTER}`, every ? 'g' : '');
  if (!re.test(command)) return null;
  re.lastIndex = 0;
  return command.replace(re, (_m, before: string, word: string) => `${before}${word} ${flags}`);
}

/** npm needs `--` before arguments meant for the script; yarn and pnpm pass them on as they are. */
export function appendForScript(command: string, flags: string): string {
  return /(^|[\s;&|(])npm\s+(run\s+)?(test|t)(?=$|\s)/.test(command) && !/\s--(\s|$)/.test(command)
    ? `${command} -- ${flags}`
    : `${command} ${flags}`;
}
