import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resultsFile } from '../core/trial-paths.js';
import { readResults } from '../report/read-results.js';
import { runKey } from '../report/summarize.js';
import { RunPlanSchema, type RunPlan } from '../trial/plan.js';
import type { ActionIO } from './action-io.js';
import { ARTIFACT_PREFIX, attemptOf, PLAN_ARTIFACT_PREFIX, type ArtifactStore, type DownloadedArtifact } from './artifacts.js';
import { readLegRecord, type LegRecord } from './leg-record.js';

export interface GatheredResults {
  /** Directories holding the results to merge: one attempt per leg. */
  inputs: string[];
  /** Legs that skipped on purpose, by leg id. */
  skipped: Map<string, string>;
}

interface LegUpload {
  leg: string;
  attempt: number;
  dir: string;
  record: LegRecord | null;
}

/**
 * The results the report merges: per leg, the newest run attempt that delivered every trial the plan owed,
 * else the newest attempt (a re-run that died early must not hide a complete first attempt, nor a stale
 * first attempt a complete re-run). Without a plan every attempt is merged (newest result per trial wins).
 */
export async function gatherResults(opts: { store: ArtifactStore | null; root: string; localOut: string; plan: RunPlan | null; io: ActionIO }): Promise<GatheredResults> {
  const uploads: LegUpload[] = [];
  if (opts.store) {
    const downloaded = await opts.io.group('Download shard results', () => opts.store!.downloadAll(ARTIFACT_PREFIX, path.join(opts.root, 'artifacts')));
    for (const a of downloaded) uploads.push(await describe(a));
  }
  if (existsSync(opts.localOut)) {
    const record = await readLegRecord(opts.localOut);
    uploads.push({ leg: record?.leg ?? 'local', attempt: record?.run_attempt ?? 1, dir: opts.localOut, record });
  }
  const skipped = new Map<string, string>();
  const byLeg = new Map<string, LegUpload[]>();
  for (const u of uploads) byLeg.set(u.leg, [...(byLeg.get(u.leg) ?? []), u]);
  const inputs: string[] = [];
  for (const [leg, list] of byLeg) {
    list.sort((a, b) => b.attempt - a.attempt);
    const ran = list.filter((u) => u.record?.status !== 'skipped' && hasResults(u.dir));
    if (ran.length === 0) {
      skipped.set(leg, list[0]!.record?.reason ?? 'the leg uploaded no results');
      continue;
    }
    const planned = opts.plan?.legs.find((l) => l.id === leg);
    let chosen = ran[0]!;
    if (planned && opts.plan) {
      for (const u of ran) {
        if (await delivers(u.dir, planned, opts.plan.attempts)) {
          chosen = u;
          break;
        }
      }
      if (chosen !== ran[0]) opts.io.info(`opsbench report: leg ${leg}: run attempt ${chosen.attempt} is complete, newer attempt ${ran[0]!.attempt} is not; using attempt ${chosen.attempt}`);
      inputs.push(chosen.dir);
    } else {
      inputs.push(...ran.map((u) => u.dir));
    }
  }
  return { inputs, skipped };
}

async function describe(a: DownloadedArtifact): Promise<LegUpload> {
  const record = await readLegRecord(a.dir);
  const leg = record?.leg ?? a.name.slice(ARTIFACT_PREFIX.length).replace(/-attempt-\d+$/, '');
  return { leg, attempt: record?.run_attempt ?? attemptOf(a.name), dir: a.dir, record };
}

const hasResults = (dir: string) => existsSync(resultsFile(dir));

async function delivers(dir: string, leg: RunPlan['legs'][number], attempts: number): Promise<boolean> {
  const key = runKey({ agent: leg.agent, model: leg.model });
  const got = new Set((await readResults([dir])).filter((r) => runKey(r) === key).map((r) => `${r.task_id}\0${r.attempt}`));
  return leg.tasks.every((t) => Array.from({ length: attempts }, (_, i) => i + 1).every((a) => got.has(`${t}\0${a}`)));
}

/** The newest plan artifact of this workflow run, when the plan job uploaded one. */
export async function downloadPlan(store: ArtifactStore | null, root: string): Promise<RunPlan | null> {
  if (!store) return null;
  const found = (await store.downloadAll(PLAN_ARTIFACT_PREFIX, path.join(root, 'plans'))).sort((a, b) => attemptOf(b.name) - attemptOf(a.name));
  for (const a of found) {
    const file = path.join(a.dir, 'plan.json');
    if (!existsSync(file)) continue;
    const parsed = RunPlanSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return parsed.data;
  }
  return null;
}
