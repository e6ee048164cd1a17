import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserInputError } from '../../src/core/errors.js';
import { markRun, RUN_MARKERS_DIR } from '../../src/trial/run-marker.js';
import { runSchedule } from '../../src/trial/scheduler.js';
import type { Runtime } from '../../src/runtime/runtime.js';

const outDir = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'opsbench-marker-')), 'out');

/** A marker as another run would have left it. */
async function leave(out: string, marker: Record<string, unknown>): Promise<string> {
  await mkdir(path.join(out, RUN_MARKERS_DIR), { recursive: true });
  const file = path.join(out, RUN_MARKERS_DIR, `${String(marker.run_id)}.json`);
  await writeFile(file, JSON.stringify({ host: os.hostname(), started_at: '2026-12-05T06:00:00.000Z', ...marker }));
  return file;
}

/** The pid of a process that has exited (and been reaped). */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('markRun', () => {
  test('marks the out dir while the run lasts; release leaves nothing behind', async () => {
    const out = await outDir();
    const lines: string[] = [];
    const marker = await markRun(out, 'run-a', (l) => lines.push(l));
    const own = JSON.parse(await readFile(path.join(out, RUN_MARKERS_DIR, 'run-a.json'), 'utf8'));
    expect(own).toMatchObject({ run_id: 'run-a', pid: process.pid, host: os.hostname() });
    expect(lines).toEqual([]);
    await marker.release();
    expect(await readdir(out)).toEqual([]);
  });

  test("a run whose process is gone is named once with the front end's cleanup hint, and its marker removed", async () => {
    const out = await outDir();
    const stale = await leave(out, { run_id: 'run-killed', pid: deadPid() });
    const lines: string[] = [];
    const marker = await markRun(out, 'run-b', (l) => lines.push(l), (id) => `run: tidy ${id}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^stale run run-killed \(pid \d+, started 2026-12-05T06:00:00.000Z\) did not finish in /);
    expect(lines[0]).toMatch(/; run: tidy run-killed$/);
    expect(lines[0]).not.toMatch(/\{\w+\}/);
    expect(existsSync(stale)).toBe(false);
    await marker.release();
    const again: string[] = [];
    await (await markRun(out, 'run-c', (l) => again.push(l))).release();
    expect(again).toEqual([]);
  });

  test('a pid now used by another process (its start time differs) is still a stale run', async () => {
    const out = await outDir();
    await leave(out, { run_id: 'run-old', pid: process.pid, proc_start: '1' });
    const lines: string[] = [];
    await (await markRun(out, 'run-d', (l) => lines.push(l))).release();
    expect(lines.join('\n')).toContain('stale run run-old');
  });

  test("a marker from another host cannot be checked: named as maybe still running, with that host's name, and kept", async () => {
    const out = await outDir();
    const far = await leave(out, { run_id: 'run-far', pid: deadPid(), host: 'another-runner' });
    const lines: string[] = [];
    await (await markRun(out, 'run-e', (l) => lines.push(l), (id) => `run: tidy ${id}`)).release();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^run run-far \(pid \d+ on another-runner, started 2026-12-05T06:00:00.000Z\) may still be writing to /);
    expect(lines[0]).toContain(`if it has ended, remove ${far}`);
    expect(lines[0]).not.toMatch(/stale|tidy/);
    expect(existsSync(far)).toBe(true);
  });

  test('a run still alive on this host is refused, naming it, its pid and the marker to remove if it is not a run', async () => {
    const out = await outDir();
    const first = await markRun(out, 'run-live', () => {});
    const second = markRun(out, 'run-f', () => {});
    await expect(second).rejects.toThrow(UserInputError);
    await expect(second).rejects.toThrow(new RegExp(`^out dir ${out}: run run-live \\(pid ${process.pid}, started .*\\) is writing there now; wait for it to end or use another out dir`));
    await expect(second).rejects.toMatchObject({ fields: [] });
    await expect(second).rejects.toThrow(`remove ${path.join(out, RUN_MARKERS_DIR, 'run-live.json')}`);
    await first.release();
    await (await markRun(out, 'run-f', () => {})).release();
  });

  test('a file in the markers dir that is not a marker is left alone', async () => {
    const out = await outDir();
    await mkdir(path.join(out, RUN_MARKERS_DIR), { recursive: true });
    await writeFile(path.join(out, RUN_MARKERS_DIR, 'junk.json'), '{not json');
    const lines: string[] = [];
    await (await markRun(out, 'run-g', (l) => lines.push(l))).release();
    expect(lines).toEqual([]);
    expect(await readdir(path.join(out, RUN_MARKERS_DIR))).toEqual(['junk.json']);
  });

  test('a run refused because another is live leaves results.jsonl byte-identical, even a partial last line', async () => {
    const out = await outDir();
    const first = await markRun(out, 'run-live', () => {});
    // The live run is mid-write: its last line has no newline yet. Opening the store would cut it.
    const partial = Buffer.from('{"schema_version":1,"task_id":"t"}\n{"schema_version":1,"task_id":"half-writ');
    await writeFile(path.join(out, 'results.jsonl'), partial);
    const lines: string[] = [];
    const second = runSchedule({ tasks: [], agents: [], runtime: {} as Runtime, attempts: 1, concurrency: 1, outDir: out, runId: 'run-h', log: (l) => lines.push(l) });
    await expect(second).rejects.toThrow('run run-live');
    expect(await readFile(path.join(out, 'results.jsonl'))).toEqual(partial);
    expect(lines).toEqual([]);
    await first.release();
  });
});
