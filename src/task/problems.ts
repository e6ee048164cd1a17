import path from 'node:path';

/**
 * Collects validation problems as `path: field: problem` lines (docs/architecture.md "The CLI": validate prints
 * one per line). Loading never stops at the first problem: a task author fixes a task in one round trip,
 * not one per problem.
 */
export class Problems {
  readonly lines: string[] = [];

  /** @param cwd paths under it are printed relative to it, so messages match what the user typed. */
  constructor(private readonly cwd: string = process.cwd()) {}

  /**
   * Records one problem.
   * @param file absolute path of the file (or directory) the problem is in
   * @param where the field path (`tests.framework`), `line N`, or a file name
   * @param message what is wrong and, where it helps, the fix
   */
  add(file: string, where: string, message: string): void {
    // One problem, one line: quoted text (a YAML snippet, a JSON excerpt) must not break the format.
    this.lines.push(`${this.display(file)}: ${where}: ${message.replace(/\s*\n\s*/g, ' ')}`);
  }

  get count(): number {
    return this.lines.length;
  }

  /** A path as the user should read it: relative to cwd when under it, absolute otherwise. */
  display(file: string): string {
    return displayPath(file, this.cwd);
  }
}

export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

/** Renders a value the user wrote for a "got ..." clause: strings quoted, long ones cut. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(cut);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
