import { parsePatch } from 'diff';
import type { Problems } from './problems.js';
import { readText } from './read-structured.js';

/** One thing wrong with a patch, at a 1-based line of the patch file when known. */
export interface PatchProblem {
  line: number | null;
  message: string;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Checks that `text` is a unified diff `git apply` can take: at least one file with `---`/`+++` headers and
 * at least one hunk, and every hunk as long as its header says. jsdiff's parsePatch accepts plain prose as a
 * patch of zero files and reports a short hunk only as "invalid line", so the hunk counts are checked here
 * first, where the header's line can be named.
 */
export function checkPatchText(text: string): PatchProblem[] {
  if (text.trim() === '') return [{ line: null, message: 'is empty: expected a unified diff (git diff output)' }];
  const hunkProblems = checkHunks(text.split('\n').map((l) => l.replace(/\r$/, '')));
  if (hunkProblems.length > 0) return hunkProblems;
  let files;
  try {
    files = parsePatch(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/.exec(message);
    return [{ line: line ? Number(line[1]) : null, message: `not a valid unified diff: ${message}` }];
  }
  const named = files.filter((f) => f.oldFileName !== undefined || f.newFileName !== undefined);
  const escaping = named.flatMap((f) => [f.oldFileName, f.newFileName]).filter((n): n is string => n !== undefined && leavesRepository(n));
  if (escaping.length > 0) {
    return [{ line: null, message: `path ${escaping[0]} leaves the repository (absolute or through ..): a patch may only change files inside it` }];
  }
  if (named.length === 0) {
    return [{ line: null, message: 'not a unified diff: no "--- a/<file>" / "+++ b/<file>" headers found (make it with git diff)' }];
  }
  if (named.every((f) => f.hunks.length === 0)) {
    return [{ line: null, message: 'has file headers but no "@@ -l,n +l,n @@" hunks: it changes nothing' }];
  }
  return [];
}

/** A patch file name (`a/x`, `b/x`, `/dev/null`) that points outside the repository. */
function leavesRepository(name: string): boolean {
  if (name === '/dev/null' || name === '') return false;
  const rel = name.replace(/^[ab]\//, '');
  return rel.startsWith('/') || rel.split('/').includes('..');
}

function checkHunks(lines: string[]): PatchProblem[] {
  const problems: PatchProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.startsWith('@@')) continue;
    const header = HUNK_HEADER.exec(line);
    if (!header) {
      problems.push({ line: i + 1, message: `malformed hunk header "${line.slice(0, 60)}": expected "@@ -l,n +l,n @@"` });
      continue;
    }
    const wantOld = header[2] === undefined ? 1 : Number(header[2]);
    const wantNew = header[4] === undefined ? 1 : Number(header[4]);
    let gotOld = 0;
    let gotNew = 0;
    let j = i + 1;
    for (; j < lines.length && (gotOld < wantOld || gotNew < wantNew); j++) {
      const body = lines[j] as string;
      const first = body[0];
      if (first === ' ' || (body === '' && j < lines.length - 1)) {
        gotOld++;
        gotNew++;
      } else if (first === '-') gotOld++;
      else if (first === '+') gotNew++;
      else if (first !== '\\') break;
    }
    if (gotOld !== wantOld || gotNew !== wantNew) {
      problems.push({
        line: i + 1,
        message: `hunk "${line}" is truncated or miscounted: its header promises ${wantOld} old and ${wantNew} new lines, the body has ${gotOld} and ${gotNew}`
      });
    }
    i = j - 1;
  }
  return problems;
}

/**
 * Reads and checks a patch file, recording problems against the patch file itself (`test.patch: line 7: ...`).
 * @returns whether the patch is usable
 */
export async function validatePatchFile(file: string, problems: Problems): Promise<boolean> {
  const text = await readText(file, problems);
  if (text === undefined) return false;
  const found = checkPatchText(text);
  for (const p of found) problems.add(file, p.line === null ? 'patch' : `line ${p.line}`, p.message);
  return found.length === 0;
}
