import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** How to start the opsbench CLI again as a child: this node, its flags (e.g. a TS loader), the entry file. */
export interface CliLauncher {
  node: string;
  execArgv: string[];
  entry: string;
}

export interface ChildFigures {
  wallMs: number;
  /** Peak resident memory of the child, from its own getrusage at exit. */
  peakRssMb: number;
  /** The child's user + system CPU time: what wall time would be on an idle machine (single-threaded work). */
  cpuMs: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

const MARK = 'OPSBENCH_PEAK_RSS_KB';

/**
 * A file preloaded (`--import`) into measured children: at exit they write their own peak RSS to stderr.
 * Node offers no rusage of a child to its parent, and /proc is gone by the time the child is reaped.
 */
export async function writeRssProbe(dir: string): Promise<string> {
  const file = path.join(dir, 'rss-probe.mjs');
  await writeFile(file, `import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\n${MARK} ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n`);
  return pathToFileURL(file).href;
}

/** The node argv that starts the CLI with `args`, with the RSS probe preloaded. */
export function cliArgv(cli: CliLauncher, probe: string, args: string[]): string[] {
  return [...cli.execArgv, '--import', probe, cli.entry, ...args];
}

/** Runs the CLI once to completion and measures it. @throws Error with its stderr when it exits non-zero. */
export function measureCli(cli: CliLauncher, probe: string, args: string[]): Promise<ChildFigures> {
  const start = performance.now();
  const child = spawn(cli.node, cliArgv(cli, probe, args), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const figures = { wallMs: performance.now() - start, ...probeFigures(stderr), exitCode: code ?? -1, stdout, stderr };
      if (code !== 0) reject(new Error(`opsbench ${args.join(' ')} exited ${code}: ${stderr.trim().slice(-500)}`));
      else resolve(figures);
    });
  });
}

/** The probe's figures in a child's stderr; NaN when missing (the child was killed). */
export function probeFigures(stderr: string): { peakRssMb: number; cpuMs: number } {
  const match = new RegExp(`${MARK} (\\d+) (\\d+)`).exec(stderr);
  return match ? { peakRssMb: Math.round(Number(match[1]) / 1024), cpuMs: Math.round(Number(match[2]) / 1000) } : { peakRssMb: NaN, cpuMs: NaN };
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
