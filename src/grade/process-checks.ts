import { readFile } from 'node:fs/promises';
import type { ProcessVerification } from '../core/trial-result.js';
import type { ApexProcessCheck } from '../task/apex-schema.js';

/**
 * APEX-SWE's process verification (observability/eval_runner/inspect_scorer.py,
 * evaluate_process_from_messages): did the agent's conversation show it used the services the task names?
 * APEX joins the text of every message (prompts, replies, tool calls and their results), lowercases it, and
 * counts a check passed when the service's name occurs in it and, if the check has a `pattern`, that regex
 * (lowercased) matches too. The result goes into the score's metadata and never changes the score; OpsBench
 * records it in results.jsonl beside the verdict likewise.
 */

/** Pure: the checks against a transcript, with APEX's totals. */
export function evaluateProcessChecks(checks: readonly ApexProcessCheck[], transcript: string): ProcessVerification {
  const text = transcript.toLowerCase();
  const results = checks.map((check) => {
    const service = check.service.toLowerCase();
    let passed = text.includes(service);
    if (passed && check.pattern) passed = new RegExp(check.pattern.toLowerCase()).test(text);
    return { service, description: check.description ?? `Agent interacted with ${service}`, required: check.required ?? true, passed };
  });
  const required = results.filter((r) => r.required);
  const requiredPassed = required.filter((r) => r.passed).length;
  return {
    checks: results,
    total: results.length,
    passed: results.filter((r) => r.passed).length,
    required_passed: requiredPassed,
    required_total: required.length,
    all_required_passed: requiredPassed === required.length
  };
}

/**
 * The text of a trajectory.jsonl as APEX's serialisation of the messages has it: every string of every
 * record at any depth (the model agent's prompt, replies, tool inputs and outputs; a command agent's JSON
 * event lines), space-joined. Lines that are not JSON count as their text.
 */
export function trajectoryText(jsonl: string): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    try {
      walk(JSON.parse(line));
    } catch {
      parts.push(line);
    }
  }
  return parts.join(' ');
}

/** The task's process checks against the agent's trajectory file (absent or unreadable: an empty conversation). */
export async function verifyProcess(checks: readonly ApexProcessCheck[], trajectory: string | undefined): Promise<ProcessVerification> {
  const jsonl = trajectory === undefined ? '' : await readFile(trajectory, 'utf8').catch(() => '');
  return evaluateProcessChecks(checks, trajectoryText(jsonl));
}
