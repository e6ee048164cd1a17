import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One docker CLI invocation as the logging wrapper recorded it. */
export interface LoggedCall {
  /** `compose up`, `compose down`, `exec`, `cp`, `run`, ... */
  kind: string;
  ms: number;
  exitCode: number;
  /** The arguments after `docker`, exactly (a script run by exec keeps its newlines and quotes). */
  argv: string[];
  /** For `cp - <container>:<dest>` and `exec -i`: the host file holding what the call read on stdin (a tar, a script). */
  stdin?: string;
}

export interface DockerCallLog {
  /** The wrapper: give it to the runtime as its docker binary. */
  binary: string;
  /** One file per call, named `<end ns>-<pid>` so a listing sorts in the order calls ended. */
  callsDir: string;
  /** Copies of the compose files of every `up`, named by the time they were taken. */
  composeDir: string;
  /** What `cp -` and `exec -i` calls read. */
  stdinDir: string;
}

/**
 * A docker that records each call (wall time, exit code, argv NUL-separated) in a file of its own, keeps a
 * copy of the compose files of every `up` and of what each `cp -` or `exec -i` reads on stdin (tee: the call still reads
 * it as it arrives). The runtime's env is scrubbed, so paths are baked in. The call runs as a child (not
 * exec'd) to be timed; stdin and the exit status pass through. A file per call, written aside and renamed,
 * because calls run in parallel (service logs beside the grader's removal) and a record can be long.
 */
export async function writeDockerWrapper(dir: string, docker: string): Promise<DockerCallLog> {
  const log: DockerCallLog = {
    binary: path.join(dir, 'docker'),
    callsDir: path.join(dir, 'calls'),
    composeDir: path.join(dir, 'compose'),
    stdinDir: path.join(dir, 'stdin')
  };
  await Promise.all([log.callsDir, log.composeDir, log.stdinDir].map((d) => mkdir(d, { recursive: true })));
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  await writeFile(
    log.binary,
    `#!/bin/sh
start=$(date +%s%N)
case " $* " in *" compose "*" up "*)
  prev=""
  for a in "$@"; do
    if [ "$prev" = "-f" ] && [ -f "$a" ]; then cp "$a" ${q(log.composeDir)}/"$(date +%s%N).json"; fi
    prev="$a"
  done;;
esac
stdin=""
if { [ "$1" = cp ] && [ "$2" = - ]; } || { [ "$1" = exec ] && [ "$2" = -i ]; }; then
  stdin=${q(log.stdinDir)}/"$start-$$.in"
  tee "$stdin" | ${q(docker)} "$@"
else
  ${q(docker)} "$@"
fi
rc=$?
end=$(date +%s%N)
printf '%s\\0' "$(( (end - start) / 1000000 ))" "$rc" "$stdin" "$@" > ${q(log.callsDir)}/".$end-$$"
mv ${q(log.callsDir)}/".$end-$$" ${q(log.callsDir)}/"$end-$$"
exit $rc
`
  );
  await chmod(log.binary, 0o755);
  return log;
}

/** The call records, in the order the calls ended (files are named `<end ns>-<pid>`). */
async function callFiles(log: Pick<DockerCallLog, 'callsDir'>): Promise<string[]> {
  return (await readdir(log.callsDir)).filter((n) => /^\d+-\d+$/.test(n)).sort();
}

/** The calls logged so far past the first `skip`, in the order they ended (only those records are read). */
export async function readCalls(log: Pick<DockerCallLog, 'callsDir'>, skip = 0): Promise<LoggedCall[]> {
  const names = (await callFiles(log)).slice(skip);
  return Promise.all(names.map(async (n) => parseRecord(await readFile(path.join(log.callsDir, n), 'utf8'))));
}

/** How many calls are logged so far (no record read). */
export async function countCalls(log: Pick<DockerCallLog, 'callsDir'>): Promise<number> {
  return (await callFiles(log)).length;
}

/** `<ms>\0<exit code>\0<stdin file or empty>\0<arg>\0...` as the wrapper writes it. */
export function parseRecord(record: string): LoggedCall {
  const [ms = '0', rc = '0', stdin = '', ...argv] = record.split('\0');
  if (record.endsWith('\0')) argv.pop();
  return { kind: callKind(argv), ms: Number(ms), exitCode: Number(rc), argv, ...(stdin ? { stdin } : {}) };
}

/** Compose calls are named by their subcommand, past the global flags; others by their verb. */
export function callKind(argv: string[]): string {
  const [verb = '', ...rest] = argv;
  if (verb !== 'compose') return verb;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--ansi' || arg === '-p' || arg === '-f' || arg === '--profile' || arg === '--project-directory' || arg === '--env-file') i++;
    else if (!arg.startsWith('-')) return `compose ${arg}`;
  }
  return 'compose';
}
