import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { createNullAgent } from '../../src/agent/null.js';
import { createOracleAgent } from '../../src/agent/oracle.js';
import { gradeTrial } from '../../src/grade/grade-trial.js';
import type { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { Task } from '../../src/task/task.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { BACKGROUND_HOOK, cheatAgent, gitFilterCheat, plantedPytest, trialSpec } from './cheats.js';
import { shippedTaskOnDocker } from './docker-support.js';
import { cleanupScratch, scratch } from './grade-support.js';

// The reviewer's cheats against obs-py-webhook-retry-after on the Docker runtime, where the agent is root in
// its container and its processes are not the harness's children. The task's image is built once per
// machine (Debian's python3-pytest) and reused from then on.
describe('grading integrity on the Docker runtime: the shipped python task', () => {
  let runtime: DockerRuntime;
  let task: Task;

  beforeAll(async () => {
    ({ runtime, task } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after'));
  }, 60_000);
  afterAll(cleanupScratch);

  const f2p = () => task.tests.failToPass.length;
  const p2p = () => task.tests.passToPass.length;

  test('the oracle passes and the null agent fails on exactly FAIL_TO_PASS', async () => {
    const oracle = await runTrial(await trialSpec(task, createOracleAgent(), runtime));
    expect(oracle).toMatchObject({ status: 'passed', error_message: null, fail_to_pass: { passed: f2p(), total: f2p() }, pass_to_pass: { passed: p2p(), total: p2p() } });
    const none = await runTrial(await trialSpec(task, createNullAgent(), runtime));
    expect(none).toMatchObject({ status: 'failed', fail_to_pass: { passed: 0, total: f2p() }, pass_to_pass: { passed: p2p(), total: p2p() } });
  }, 600_000);

  test('background loops re-planting a conftest hook, one setsid with a cleared environment, die before grading', async () => {
    const agent = cheatAgent(BACKGROUND_HOOK);
    const spec = await trialSpec(task, agent, runtime);
    const result = await runTrial(spec);
    expect(agent.output).toContain('HOOK-CAME-BACK');
    expect(result).toMatchObject({ status: 'failed', fail_to_pass: { passed: 0, total: f2p() }, pass_to_pass: { passed: p2p(), total: p2p() } });
    expect(await readFile(path.join(spec.artifactsDir, 'logs', 'trial.log'), 'utf8')).toContain("froze the workspace (pause) to end the agent's processes");
  }, 600_000);

  test('a pytest.py planted at the repository root that writes an all-passed report is not what runs', async () => {
    const agent = cheatAgent(plantedPytest([...task.tests.failToPass, ...task.tests.passToPass]));
    const result = await runTrial(await trialSpec(task, agent, runtime));
    expect(agent.output).toContain('PLANTED-ANSWERS');
    expect(result).toMatchObject({ status: 'failed', fail_to_pass: { passed: 0, total: f2p() }, pass_to_pass: { passed: p2p(), total: p2p() } });
  }, 600_000);

  test('the grading container, up while the agent works, offers the agent nothing to reach; what the agent plants in its own container stays there', async () => {
    // The attacker is told where the grading container is (its name is no secret) and tries every
    // privileged port on it, then plants a pytest patch in its own interpreter.
    const attack = (ip: string) => `found=""
for port in $(seq 1 1024) 2375 2376 5000 8000 8080; do
  timeout 1 bash -c "exec 3<>/dev/tcp/${ip}/$port" 2>/dev/null && found="$found $port"
done
echo "REACHED:\${found:- nothing}"
site=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
printf 'import _pytest.python as p\\np.Function.runtest = lambda self: None\\n' > "$site/sitecustomize.py" && echo PLANTED`;
    const docker = (...args: string[]) => promisify(execFile)('docker', args).then((r) => r.stdout.trim());
    let grader = '';
    let output = '';
    const agent = {
      ...cheatAgent(''),
      async run(ctx: Parameters<ReturnType<typeof cheatAgent>['run']>[0]) {
        for (let i = 0; i < 100 && grader === ''; i++) {
          grader = (await docker('ps', '--filter', `label=dev.opsbench.run=integrity-${process.pid}`, '--format', '{{.Names}}')).split('\n').find((n) => n.endsWith('-grader')) ?? '';
          if (grader === '') await new Promise((r) => setTimeout(r, 100));
        }
        const ip = grader === '' ? '127.0.0.2' : await docker('inspect', '--format', '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}', grader);
        const cheat = cheatAgent(attack(ip.split(' ')[0]!));
        const outcome = await cheat.run(ctx);
        output = cheat.output;
        return outcome;
      }
    };
    const result = await runTrial(await trialSpec(task, agent, runtime));
    expect(grader).not.toBe('');
    expect(output).toContain('REACHED: nothing');
    expect(output).toContain('PLANTED');
    expect(result).toMatchObject({ status: 'failed', fail_to_pass: { passed: 0, total: f2p() }, pass_to_pass: { passed: p2p(), total: p2p() } });
  }, 600_000);

  test('a git filter, textconv and fsmonitor the agent defined never run while the grader resets and patches', async () => {
    const marker = '/tmp/harness-ran-agent-git-code';
    const agent = cheatAgent(gitFilterCheat(marker));
    const dir = await scratch();
    const env = runtime.create(task, { trialId: `integrity-${process.pid}-git`, runId: `integrity-${process.pid}`, scratchDir: dir });
    try {
      await env.up();
      await agent.run({ task, env, artifactsDir: dir, signal: new AbortController().signal, log: () => {} });
      expect(agent.output).toContain('FILTER-ARMED');
      const started = performance.now();
      await env.stopAgentProcesses?.();
      console.log(`docker stopAgentProcesses (freeze of the workspace): ${Math.round(performance.now() - started)} ms`);
      const outcome = await gradeTrial({ task, env, artifactsDir: dir });
      expect(outcome).toMatchObject({ status: 'failed', failToPass: { passed: 0, total: f2p() } });
      const grader = (await env.graderEnvironment?.()) ?? env;
      expect((await grader.exec(['sh', '-c', `cat ${marker} 2>/dev/null; echo end`])).stdout).toBe('end\n');
    } finally {
      await env.down();
    }
  }, 600_000);
});
