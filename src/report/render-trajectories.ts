import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TrajectoryEnd, TrajectoryStart, TrajectoryTurn } from '../core/trajectory.js';
import { isTrialFolder, pathsUnder } from '../core/trial-paths.js';
import { TrialResultSchema, type TrialResult } from '../core/trial-result.js';
import type { Renderer } from './renderers.js';

// The trajectory viewer: one self-contained HTML page per trial (the conversation, every tool call and
// its result, timing and cost), and an index.html linking them. Pages are static HTML and CSS, no
// script, so they open from an artifact download as they are. Everything shown comes from the trial's
// artifacts (result.json, agent/trajectory.jsonl), already masked when they were written.
// Those artifacts may come from an untrusted fork (the workflow_run split): every value shown is escaped,
// every page path is built from slugs and an integer attempt, and a result.json that is not a TrialResult
// leaves its trial out with a warning rather than failing the report.

interface Trial {
  result: TrialResult;
  /** Parsed lines of trajectory.jsonl: the model agent's records, or a command agent's own JSON events. */
  records: Record<string, unknown>[];
  page: string;
}

export const trajectoriesRenderer: Renderer = {
  summary: 'one HTML page per trial (conversation, tool calls, timing, cost) and index.html; needs --out DIR',
  async render({ inputs, warn = () => {} }) {
    const trials = await findTrials(inputs, warn);
    const files: Record<string, string> = { 'index.html': renderIndex(trials) };
    for (const trial of trials) files[trial.page] = renderTrial(trial);
    return { files };
  }
};

/** Every trial folder (holding result.json) under the inputs' trials/ folders, in task and attempt order. */
async function findTrials(inputs: string[], warn: (line: string) => void): Promise<Trial[]> {
  const roots = new Set<string>();
  for (const input of inputs) {
    const dir = (await stat(input)).isDirectory() ? input : path.dirname(input);
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && isTrialFolder(entry.parentPath, entry.name)) roots.add(entry.parentPath);
    }
  }
  const trials: Trial[] = [];
  const pages = new Set<string>();
  for (const root of [...roots].sort()) {
    const paths = pathsUnder(root);
    const result = await readResult(paths.result, warn);
    if (!result) continue;
    const records = await readRecords(paths.trajectory);
    let page = `${slug(result.task_id)}/${slug([result.agent, result.model ?? ''].filter(Boolean).join('-'))}-${result.attempt}.html`;
    for (let n = 2; pages.has(page); n++) page = page.replace(/(-\d+)?\.html$/, `-${n}.html`);
    pages.add(page);
    trials.push({ result, records, page });
  }
  return trials.sort((a, b) => a.result.task_id.localeCompare(b.result.task_id) || a.result.attempt - b.result.attempt);
}

async function readResult(file: string, warn: (line: string) => void): Promise<TrialResult | null> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    warn(`${file}: not JSON (${(error as Error).message}); trial left out of the trajectory viewer`);
    return null;
  }
  const parsed = TrialResultSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  warn(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}; trial left out of the trajectory viewer`);
  return null;
}

async function readRecords(file: string): Promise<Record<string, unknown>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  const records: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      records.push({ type: 'text', text: line });
    }
  }
  return records;
}

/** One path segment: never empty, never `.`/`..` or hidden (a leading dot becomes `_`). */
const slug = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\./, '_') || '_';

const esc = (s: unknown) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// Numbers from trajectory.jsonl are not checked: whatever is there goes through Number(), never into the page as is.
const usd = (x: unknown) => `$${Number(x).toFixed(4)}`;
const secs = (ms: unknown) => `${(Number(ms) / 1000).toFixed(1)} s`;
const json = (v: unknown) => JSON.stringify(v, null, 2);

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1f2328}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.25em .6em;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:.6em;border-radius:4px;margin:.3em 0}
.turn{border-left:3px solid #0969da;padding-left:1em;margin:1.2em 0}.err{border-color:#cf222e}.meta{color:#59636e;font-size:.9em}
.passed{color:#1a7f37}.failed{color:#cf222e}.error{color:#9a6700}`;

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

function renderIndex(trials: Trial[]): string {
  const rows = trials.map(({ result: r, page: href }) => {
    const total = Object.values(r.durations_ms).reduce((a, b) => a + b, 0);
    return `<tr><td><a href="${esc(href)}">${esc(r.task_id)}</a></td><td>${esc(r.agent)}${r.model ? ` (${esc(r.model)})` : ''}</td><td>${esc(r.attempt)}</td><td class="${esc(r.status)}">${esc(r.status)}${r.error_class ? ` / ${esc(r.error_class)}` : ''}</td><td>${esc(r.stop_reason ?? '-')}</td><td>${esc(r.episodes)}</td><td>${usd(r.cost_usd)}</td><td>${secs(total)}</td></tr>`;
  });
  const table = `<table><tr><th>task</th><th>agent</th><th>attempt</th><th>verdict</th><th>stop</th><th>turns</th><th>cost</th><th>time</th></tr>\n${rows.join('\n')}\n</table>`;
  return page('OpsBench trajectories', `<h1>OpsBench trajectories</h1>\n<p class="meta">${trials.length} trial(s); each row links to its conversation.</p>\n${trials.length ? table : '<p>No trial artifacts found beside these results.</p>'}`);
}

function renderTrial({ result: r, records, page: href }: Trial): string {
  const up = '../'.repeat(href.split('/').length - 1);
  const d = r.durations_ms;
  const head = [
    `<p><a href="${up}index.html">all trials</a></p>`,
    `<h1>${esc(r.task_id)} #${esc(r.attempt)}</h1>`,
    '<table>',
    `<tr><th>agent</th><td>${esc(r.agent)}${r.model ? ` (${esc(r.model)})` : ''}</td></tr>`,
    `<tr><th>verdict</th><td class="${esc(r.status)}">${esc(r.status)}${r.error_class ? ` / ${esc(r.error_class)}` : ''}${r.error_message ? `: ${esc(r.error_message)}` : ''}</td></tr>`,
    `<tr><th>stop reason</th><td>${esc(r.stop_reason ?? '-')}</td></tr>`,
    `<tr><th>tests</th><td>FAIL_TO_PASS ${esc(r.fail_to_pass.passed)}/${esc(r.fail_to_pass.total)}, PASS_TO_PASS ${esc(r.pass_to_pass.passed)}/${esc(r.pass_to_pass.total)}</td></tr>`,
    `<tr><th>time</th><td>env ${secs(d.env)}, agent ${secs(d.agent)}, grade ${secs(d.grade)}, teardown ${secs(d.teardown)}</td></tr>`,
    `<tr><th>cost</th><td>${usd(r.cost_usd)}; tokens in ${esc(r.tokens.input)}, out ${esc(r.tokens.output)}, cache read ${esc(r.tokens.cache_read)}, cache write ${esc(r.tokens.cache_write)}; ${esc(r.episodes)} turn(s)</td></tr>`,
    '</table>'
  ];
  const body = records.length === 0 ? ['<p>This trial left no trajectory (the oracle and null agents keep none).</p>'] : records.map(renderRecordOrRaw);
  return page(`${r.task_id} #${r.attempt}`, [...head, '<h2>Trajectory</h2>', ...body].join('\n'));
}

/** A line whose shape is not what its `type` says (a hand-edited or forked artifact) is shown as its JSON, not a failed report. */
function renderRecordOrRaw(record: Record<string, unknown>): string {
  try {
    return renderRecord(record);
  } catch {
    return `<pre>${esc(json(record))}</pre>`;
  }
}

function renderRecord(record: Record<string, unknown>): string {
  switch (record.type) {
    case 'start': {
      const s = record as unknown as TrajectoryStart;
      return `<h3>Start</h3><p class="meta">model ${esc(s.model)}; tools ${esc(s.tools.join(', '))}; limits ${esc(JSON.stringify(s.limits))}</p>\n<details><summary>system prompt</summary><pre>${esc(s.system)}</pre></details>\n<h3>Instruction</h3><pre>${esc(s.instruction)}</pre>`;
    }
    case 'turn':
      return renderTurn(record as unknown as TrajectoryTurn);
    case 'end': {
      const e = record as unknown as TrajectoryEnd;
      return `<h3>End: ${esc(e.stop)}</h3><p>${esc(e.detail)}</p><p class="meta">${esc(e.turns)} turn(s), ${usd(e.costUsd)}, tokens in ${esc(e.tokens.input)}, out ${esc(e.tokens.output)}${e.error ? `; error ${esc(e.error.errorClass)}: ${esc(e.error.message)}` : ''}</p>`;
    }
    default:
      // A command agent's own JSON events: shown as they were logged.
      return `<pre>${esc(record.type === 'text' ? record.text : json(record))}</pre>`;
  }
}

function renderTurn(t: TrajectoryTurn): string {
  const out = [`<div class="turn${t.error || t.stop === 'crashed' ? ' err' : ''}">`, `<h3>Turn ${esc(t.turn)}</h3>`];
  out.push(`<p class="meta">model ${esc(t.timing.modelMs)} ms${t.timing.retries ? ` (${esc(t.timing.retries)} retries)` : ''}, tools ${esc(t.timing.toolsMs)} ms; ${usd(t.costUsd)} (total ${usd(t.totals.costUsd)}); tokens in ${esc(t.usage.input)}, out ${esc(t.usage.output)}</p>`);
  if (t.assistant.reasoning) out.push(`<details><summary>reasoning</summary><pre>${esc(t.assistant.reasoning)}</pre></details>`);
  if (t.assistant.text) out.push(`<pre>${esc(t.assistant.text)}</pre>`);
  const results = new Map(t.toolResults.map((r) => [r.id, r]));
  for (const call of t.toolCalls) {
    const res = results.get(call.id);
    out.push(`<p><b>${esc(call.name)}</b>${call.invalid ? ` <span class="failed">invalid: ${esc(call.invalid)}</span>` : ''}</p><pre>${esc(json(call.input))}</pre>`);
    if (res) out.push(`<p class="meta">result${res.isError ? ' (error)' : ''}, ${esc(res.ms)} ms</p><pre>${esc(res.output)}</pre>`);
  }
  if (t.nudge) out.push(`<p class="meta">harness: ${esc(t.nudge)}</p>`);
  if (t.stop) out.push(`<p class="meta">stop: ${esc(t.stop)}${t.error ? `: ${esc(t.error)}` : ''}</p>`);
  out.push('</div>');
  return out.join('\n');
}
