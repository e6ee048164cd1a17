import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { jsonErrorLine } from './json-error-line.js';
import type { Problems } from './problems.js';

/** What a reader returns: the parsed value, or undefined after recording why it could not be parsed. */
export type Parsed = { value: unknown } | undefined;

/** Reads a text file (synchronously: see kindOf), recording a problem (not throwing) when it cannot be read. */
export async function readText(file: string, problems: Problems, where = 'file'): Promise<string | undefined> {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    problems.add(file, where, `cannot be read (${describeFsError(error)})`);
    return undefined;
  }
}

/**
 * Parses YAML, naming the line of a syntax error: `tasks/x/task.yaml: line 4: <yaml message>`.
 * Duplicate keys are errors (the yaml default), since the second one would silently win.
 */
export function parseYamlText(text: string, file: string, problems: Problems): Parsed {
  // prettyErrors is what fills in linePos; its message then ends in " at line L, column C:" and a code frame.
  let doc;
  try {
    doc = parseDocument(text, { prettyErrors: true });
  } catch (error) {
    problems.add(file, 'syntax', `cannot be parsed: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  if (doc.errors.length > 0) {
    // Only the first: later errors are usually the parser losing its footing after it.
    const error = doc.errors[0];
    if (error) {
      let line = error.linePos?.[0]?.line;
      let message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
      // An unclosed quote is detected at the end of the file; the line worth reading is where it opened.
      const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
      const opened = quote === undefined ? -1 : text.lastIndexOf(quote, error.pos[0] - 1);
      if (opened >= 0) {
        line = text.slice(0, opened).split('\n').length;
        message = `${message}: the quoted text opened here is never closed`;
      }
      problems.add(file, line === undefined ? 'syntax' : `line ${line}`, message);
    }
    return undefined;
  }
  try {
    // toJS refuses a document whose aliases expand past a limit (the "billion laughs" alias bomb).
    return { value: doc.toJS() as unknown };
  } catch (error) {
    problems.add(file, 'syntax', `cannot be read: ${(error as Error).message.split('\n')[0]}; expand the aliases (anchors *x) by hand`);
    return undefined;
  }
}

export async function readYamlFile(file: string, problems: Problems): Promise<Parsed> {
  const text = await readText(file, problems);
  return text === undefined ? undefined : parseYamlText(text, file, problems);
}

/** Parses JSON, naming the line of a syntax error: `data/chat.json: line 2: invalid JSON: ...`. */
export async function readJsonFile(file: string, problems: Problems): Promise<Parsed> {
  const text = await readText(file, problems);
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    problems.add(file, 'file', 'is empty: expected JSON');
    return undefined;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const line = jsonErrorLine(text);
    // V8 appends the position (named above) or a quote of the text around the error (may span lines).
    const clean = ((error as Error).message.split(/ in JSON at position|, (?:\.\.\.)?"/)[0] ?? '').trim();
    problems.add(file, line === null ? 'syntax' : `line ${line}`, `invalid JSON: ${clean}`);
    return undefined;
  }
}

/** `ENOENT: no such file or directory` without the path (the problem line names it already). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'EISDIR':
      return 'is a directory, expected a file';
    default:
      return code ?? (error as Error).message;
  }
}
