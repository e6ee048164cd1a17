import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { requireSameWork } from '../../src/bench/bare-bench.js';
import { execContainerIndex, mergeTars, retargetExec, suiteRecipe } from '../../src/bench/bare-recipe.js';
import { callKind, countCalls, parseRecord, readCalls, writeDockerWrapper, type LoggedCall } from '../../src/bench/docker-call-log.js';
import { suitePrelude } from '../../src/grade/run-suite.js';
import { tarOfContent } from '../../src/runtime/tar-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bench-bare-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The bare bench names each logged docker call by what it does, so the engine time per trial can be broken down. */
describe('bare bench call log', () => {
  test('compose calls are named by their subcommand past the global flags; others by their verb', () => {
    expect(callKind(['compose', '--ansi', 'never', '-p', 'ob-x', '-f', '/tmp/a/compose.json', '--profile', 'grader', 'up', '-d', '--wait', '--no-build'])).toBe('compose up');
    expect(callKind(['compose', '--ansi', 'never', '-p', 'ob-x', '-f', '/tmp/a/compose.json', 'ps', '-q', 'workspace'])).toBe('compose ps');
    expect(callKind(['exec', '-w', '/app/repo', '-e', 'X=1', 'abc', 'sh', '-c', 'echo\nmore'])).toBe('exec');
    expect(callKind(['cp', '-', 'abc:/'])).toBe('cp');
  });

  test('a record keeps every argument exactly: newlines, quotes, spaces and empty ones', () => {
    const script = "mkdir -p -- '/tmp/x y' || exit 125\necho \"it's\"";
    expect(parseRecord(`812\u00000\u0000\u0000exec\u0000abc\u0000bash\u0000-c\u0000${script}\u0000\u0000`)).toEqual({
      kind: 'exec',
      ms: 812,
      exitCode: 0,
      argv: ['exec', 'abc', 'bash', '-c', script, '']
    });
    expect(parseRecord('7\u00001\u0000/w/stdin/1-2.tar\u0000cp\u0000-\u0000abc:/\u0000')).toEqual({ kind: 'cp', ms: 7, exitCode: 1, argv: ['cp', '-', 'abc:/'], stdin: '/w/stdin/1-2.tar' });
  });

  test('the wrapper runs docker with the same argv, stdin and exit code, logs each call, and keeps what cp - and exec -i read', async () => {
    // A stand-in docker: prints its argv and stdin, exits 3 for `fail`.
    const fake = path.join(dir, 'fake-docker');
    await writeFile(fake, '#!/bin/sh\nfor a in "$@"; do printf "[%s]" "$a"; done\ncat\n[ "$1" = fail ] && exit 3\nexit 0\n');
    await chmod(fake, 0o755);
    const compose = path.join(dir, 'compose.json');
    await writeFile(compose, '{"services":{}}');
    const log = await writeDockerWrapper(path.join(dir, 'w'), fake);
    const script = "echo 'a b'\nprintf \"%s\" \"$X\"";
    const run = (args: string[], input: string) => {
      try {
        return { out: execFileSync(log.binary, args, { input, encoding: 'utf8' }), code: 0 };
      } catch (error) {
        return { out: String((error as { stdout: string }).stdout), code: (error as { status: number }).status };
      }
    };
    expect(run(['exec', '-e', 'X=1', 'abc', 'bash', '-c', script, ''], '')).toEqual({ out: `[exec][-e][X=1][abc][bash][-c][${script}][]`, code: 0 });
    expect(run(['cp', '-', 'abc:/'], 'TAR BYTES')).toEqual({ out: '[cp][-][abc:/]TAR BYTES', code: 0 });
    expect(run(['exec', '-i', 'abc', 'sh'], 'SCRIPT')).toEqual({ out: '[exec][-i][abc][sh]SCRIPT', code: 0 });
    expect(run(['fail'], 'in')).toEqual({ out: '[fail]in', code: 3 });
    expect(run(['compose', '-p', 'p', '-f', compose, 'up', '-d'], '')).toEqual({ out: `[compose][-p][p][-f][${compose}][up][-d]`, code: 0 });

    const calls = await readCalls(log);
    expect(calls.map((c) => [c.kind, c.exitCode, c.argv])).toEqual([
      ['exec', 0, ['exec', '-e', 'X=1', 'abc', 'bash', '-c', script, '']],
      ['cp', 0, ['cp', '-', 'abc:/']],
      ['exec', 0, ['exec', '-i', 'abc', 'sh']],
      ['fail', 3, ['fail']],
      ['compose up', 0, ['compose', '-p', 'p', '-f', compose, 'up', '-d']]
    ]);
    expect(await countCalls(log)).toBe(calls.length);
    expect(await readCalls(log, 3)).toEqual(calls.slice(3));
    expect(calls.filter((c) => c.stdin).length).toBe(2);
    expect(await readFile(calls[1]!.stdin!, 'utf8')).toBe('TAR BYTES');
    expect(await readFile(calls[2]!.stdin!, 'utf8')).toBe('SCRIPT');
    const kept = await readdir(log.composeDir);
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(log.composeDir, kept[0]!), 'utf8')).toBe('{"services":{}}');
  });
});

const exec = (container: string, script: string, exitCode = 0, env: string[] = []): LoggedCall => ({
  kind: 'exec',
  ms: 1,
  exitCode,
  argv: ['exec', '-w', '/app/repo', '-e', 'OPSBENCH_EXEC_ID=ab', ...env.flatMap((e) => ['-e', e]), container, 'timeout', '-k', '5', '180', 'bash', '-c', script]
});
const copy = (container: string, tar: string, dest = '/'): LoggedCall => ({ kind: 'cp', ms: 1, exitCode: 0, argv: ['cp', '-', `${container}:${dest}`], stdin: tar });
const other = (...argv: string[]): LoggedCall => ({ kind: callKind(argv), ms: 1, exitCode: 0, argv });
const suite = (scratch: string) => `${suitePrelude(`${scratch}/report`, 'rm -f stale.xml')}pytest --junitxml=${scratch}/report/report.xml -q "$TEST_DIR"`;

/** Bare repeats the trial's grading from its call log: these pick which calls that is. */
describe('bare recipe from a trial call log', () => {
  test("the suite is the last exec opening with the grading prelude, with every cp - into its container before it, in order", () => {
    const calls = [
      // FAIL_TO_PASS computation's suite in another environment (cold cache), then the trial.
      copy('f2p', '/s/0.tar'),
      exec('f2p', suite('/tmp/opsbench-grade.AAAA'), 1),
      copy('ws', '/s/1.tar'),
      exec('ws', 'bash /tmp/opsbench-solution.X/solution.sh'),
      other('run', '-d', '--name', 'p-grader', 'img'),
      copy('grader', '/s/2.tar'),
      other('exec', '-w', '/', 'grader', 'mktemp', '-d', '-t', 'opsbench-grade.XXXXXXXX'),
      copy('grader', '/s/3.tar'),
      exec('grader', suite('/tmp/opsbench-grade.BBBB'), 0, ['TEST_DIR=/tmp/opsbench-grade.BBBB/tests']),
      other('cp', '-L', 'grader:/tmp/opsbench-grade.BBBB/report/report.xml', '/h/file'),
      copy('grader', '/s/4.tar')
    ];
    const recipe = suiteRecipe(calls, { agentRun: false });
    expect(recipe.agent).toBeUndefined();
    expect(recipe.suite.copies).toEqual(['/s/2.tar', '/s/3.tar']);
    expect(recipe.suite.exec).toEqual(calls[8]!.argv);
    expect(recipe.suite.exitCode).toBe(0);
    expect(recipe.suite.exec[recipe.suite.containerAt]).toBe('grader');
    expect(retargetExec(recipe.suite, 'bare-grader-1')).toEqual(calls[8]!.argv.map((a) => (a === 'grader' ? 'bare-grader-1' : a)));

    const withAgent = suiteRecipe(calls, { agentRun: true });
    expect(withAgent.agent).toEqual({ copies: ['/s/1.tar'], unpacks: [], exec: calls[3]!.argv, containerAt: 5, exitCode: 0 });
  });

  test("the oracle's solution.sh run from stdin (one exec) is the agent's step, its stdin kept for bare to feed again", () => {
    const solution: LoggedCall = {
      kind: 'exec',
      ms: 1,
      exitCode: 0,
      argv: ['exec', '-i', '-w', '/', '-e', 'OPSBENCH_EXEC_ID=cd', 'ws', 'timeout', '-k', '5', '1800', 'sh', '-c', 'd=$(mktemp -d -t opsbench-solution.XXXXXXXX) ...', 'opsbench-solution', '/app/repo', 'solution.sh'],
      stdin: '/s/solution.in'
    };
    const setup: LoggedCall = { ...solution, argv: ['exec', '-i', '-u', '0', '-w', '/', 'ws', 'sh', '-c', 'mkdir -p "$1"', 'sh', '/app/repo'], stdin: '/s/gitconfig.in' };
    const calls = [setup, copy('ws', '/s/1.tar'), solution, copy('grader', '/s/2.tar'), exec('grader', suite('/tmp/opsbench-grade.C'))];
    expect(suiteRecipe(calls, { agentRun: true }).agent).toEqual({ copies: ['/s/1.tar'], unpacks: [], exec: solution.argv, containerAt: 6, exitCode: 0, stdin: '/s/solution.in' });
  });

  test("a root image's setup, which unpacks the repository from its exec's stdin, is repeated as it ran instead of a copy", () => {
    const solution: LoggedCall = { kind: 'exec', ms: 1, exitCode: 0, argv: ['exec', '-i', 'ws', 'sh', '-c', 'x', 'opsbench-solution'], stdin: '/s/solution.in' };
    const setup: LoggedCall = {
      kind: 'exec',
      ms: 1,
      exitCode: 0,
      argv: ['exec', '-i', 'ws', 'sh', '-c', 'command -v bash\n[ "$(id -u):$(id -g)" = 0:0 ] || exit 0\ntar -x -f - -C "$1" >&2 || exit 0', 'sh', '/app/repo'],
      stdin: '/s/repo.tar'
    };
    const probe: LoggedCall = { ...setup, argv: ['exec', 'ws', 'sh', '-c', 'command -v bash'], stdin: undefined };
    const calls = [probe, setup, solution, copy('grader', '/s/2.tar'), exec('grader', suite('/tmp/opsbench-grade.D'))];
    expect(suiteRecipe(calls, { agentRun: true }).agent).toEqual({
      copies: [],
      unpacks: [{ exec: setup.argv, containerAt: 2, exitCode: 0, stdin: '/s/repo.tar' }],
      exec: solution.argv,
      containerAt: 2,
      exitCode: 0,
      stdin: '/s/solution.in'
    });
  });

  test('a log without a suite exec, an agent run asked for and missing, or a copy bare cannot merge is an error naming it', () => {
    expect(() => suiteRecipe([copy('g', '/s/1.tar'), exec('g', 'pytest -q')], { agentRun: false })).toThrow(/no suite exec/);
    expect(() => suiteRecipe([copy('g', '/s/1.tar'), exec('g', suite('/tmp/opsbench-grade.A'))], { agentRun: true })).toThrow(/no run of the oracle's solution/);
    expect(() => suiteRecipe([copy('g', '/s/1.tar', '/app'), exec('g', suite('/tmp/opsbench-grade.A'))], { agentRun: false })).toThrow(/g:\/app; bare merges copies into \/ only/);
    expect(() => suiteRecipe([copy('h', '/s/1.tar'), exec('g', suite('/tmp/opsbench-grade.A'))], { agentRun: false })).toThrow(/copied nothing into the container g/);
  });

  test('the container of docker exec stands after its options, valued ones skipping their value', () => {
    expect(execContainerIndex(['exec', '-i', '-u', '0', '-w', '/', '-e', 'A=-x', '--env=B=1', 'cid', 'sh', '-c', 'x'])).toBe(9);
    expect(execContainerIndex(['exec', 'cid', 'ls'])).toBe(1);
    expect(() => execContainerIndex(['exec', '-e', 'A=1'])).toThrow(/no container/);
  });

  test('merged copies are one tar holding every entry of each, in order, owners and modes untouched', async () => {
    const write = async (name: string, chunks: Iterable<Buffer>) => {
      const file = path.join(dir, name);
      await writeFile(file, Buffer.concat([...chunks]));
      return file;
    };
    const long = `app/repo/${'d'.repeat(120)}/f.txt`;
    const a = await write('a.tar', tarOfContent('app/repo/a.txt', Buffer.from('a'), { uid: 1000, gid: 1001 }));
    const b = await write('b.tar', tarOfContent(long, Buffer.from('bb'), { uid: 0, gid: 0 }));
    const c = await write('c.tar', tarOfContent('tmp/opsbench-grade.X/tests/t.py', Buffer.from('ccc'), { uid: 1000, gid: 1000 }));
    const out = path.join(dir, 'merged.tar');
    await mergeTars([a, b, c], out);
    const listing = execFileSync('tar', ['--numeric-owner', '-tvf', out], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.map((l) => l.split(/\s+/).pop())).toEqual(['app/repo/a.txt', long, 'tmp/opsbench-grade.X/tests/t.py']);
    expect(listing.map((l) => l.split(/\s+/)[1])).toEqual(['1000/1001', '0/0', '1000/1000']);
    expect(execFileSync('tar', ['-xOf', out, long], { encoding: 'utf8' })).toBe('bb');
    // A single copy is used as it is.
    await mergeTars([c], out);
    expect(await readFile(out)).toEqual(await readFile(c));
  });
});

/** Bare's figure is only the bare minimum of the same trial if its suite did what the trial's did. */
describe("bare's check that it did the trial's work", () => {
  const result = (exitCode: number, timedOut = false) => ({ exitCode, stdout: '7 failed in 11.3s', stderr: '', timedOut, truncated: false, durationMs: 1 });
  test('each exec must exit as the trial\'s did and not time out; the error names the container, both codes and the output', () => {
    expect(() => requireSameWork('t', [{ step: { exitCode: 0 }, container: 'p-grader-1', result: result(0) }])).not.toThrow();
    expect(() => requireSameWork('t', [{ step: { exitCode: 1 }, container: 'p-grader-1', result: result(1) }])).not.toThrow();
    expect(() => requireSameWork('t', [{ step: { exitCode: 0 }, container: 'p-workspace-1', result: result(0) }, { step: { exitCode: 0 }, container: 'p-grader-1', result: result(1) }])).toThrow(
      "bench: bare's exec in p-grader-1 for t exited 1 where the trial's exited 0, so bare did not do the same work: 7 failed in 11.3s"
    );
    expect(() => requireSameWork('t', [{ step: { exitCode: 124 }, container: 'c', result: result(124, true) }])).toThrow(/exited 124 \(timed out\)/);
  });
});
