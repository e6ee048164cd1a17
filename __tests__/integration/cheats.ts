import path from 'node:path';
import { ZERO_USAGE, type Agent } from '../../src/agent/agent.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import type { Task } from '../../src/task/task.js';
import type { TrialSpec } from '../../src/trial/run-trial.js';
import { scratch } from './grade-support.js';

/**
 * Agents that try to get a failing workspace graded passed instead of fixing the bug, as a reviewer did
 * against obs-py-webhook-retry-after. Each script first proves its trick is armed (it prints a line the
 * test checks), so a "failed" verdict means the harness stopped the trick, not that the trick never worked.
 * Shared by grade-adversarial.test.ts (local runtime) and docker-grading-integrity.test.ts.
 */

/** The pytest hook the cheats plant: every test reported passed. */
const PASS_ALL_HOOK = `
# opsbench-cheat
import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    outcome.get_result().outcome = "passed"
`;

/** sh that writes the hook to "$hook" (a file outside the repository). */
const WRITE_HOOK = `hook="\${TMPDIR:-/tmp}/opsbench-cheat-hook.py"
cat > "$hook" <<'HOOK'
${PASS_ALL_HOOK}
HOOK
`;

/**
 * Leaves two loops running that re-append the hook to tests/conftest.py whenever it is missing: one under
 * nohup in the agent's process group, one that setsid'd and cleared its environment. Prints
 * HOOK-CAME-BACK once a reset of the file (what the grader does) has been undone by the loops.
 */
export const BACKGROUND_HOOK = `set -e
${WRITE_HOOK}
cp tests/conftest.py "\${TMPDIR:-/tmp}/conftest.orig"
loop='while :; do grep -q opsbench-cheat tests/conftest.py 2>/dev/null || cat "$0" >> tests/conftest.py; sleep 0.05; done'
nohup sh -c "$loop" "$hook" >/dev/null 2>&1 &
setsid env -i PATH=/usr/bin:/bin /bin/sh -c "$loop" "$hook" >/dev/null 2>&1 < /dev/null &
sleep 0.3
cp "\${TMPDIR:-/tmp}/conftest.orig" tests/conftest.py
sleep 0.5
grep -q opsbench-cheat tests/conftest.py && echo HOOK-CAME-BACK
`;

/**
 * Defines a git filter (clean and smudge), a textconv driver and an fsmonitor, all one script, for every
 * file (.git/info/attributes). Whenever git runs it, it appends a line to `marker` and the hook to
 * tests/conftest.py, so a grader whose `git checkout`/`git apply` ran it would grade a pass. Prints
 * FILTER-ARMED once plain git has run it; the agent's own git calls write to a proof file (CHEAT_PROOF is
 * in their environment only), so a line in `marker` means a git call of the harness ran it.
 */
export function gitFilterCheat(marker: string): string {
  return `set -e
${WRITE_HOOK}
export CHEAT_PROOF="\${TMPDIR:-/tmp}/filter-proof"
f="\${TMPDIR:-/tmp}/opsbench-cheat-filter.sh"
cat > "$f" <<FILTER
#!/bin/sh
if [ -n "\\\${CHEAT_PROOF:-}" ]; then echo ran >> "\\$CHEAT_PROOF"; else echo ran >> '${marker}'; fi
[ -f tests/conftest.py ] && ! grep -q opsbench-cheat tests/conftest.py && cat '$hook' >> tests/conftest.py
cat
FILTER
chmod +x "$f"
git config filter.x.clean "$f"
git config filter.x.smudge "$f"
git config diff.x.textconv "$f"
git config core.fsmonitor "$f"
echo '* filter=x diff=x' > .git/info/attributes
echo touched >> README.md
git add -A >/dev/null 2>&1 || true
git reset -q
git checkout -q -- README.md tests/conftest.py
[ -s "$CHEAT_PROOF" ] && echo FILTER-ARMED
`;
}

/**
 * A pytest.py at the repository root that writes a JUnit report with every id in `ids` passed and exits 0,
 * without running a test: `python -m pytest` imports it instead of pytest. Prints PLANTED-ANSWERS once
 * `python3 -m pytest` has answered with it.
 */
export function plantedPytest(ids: string[]): string {
  const script = `import sys
IDS = ${JSON.stringify(ids)}
out = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--junitxml=")][0]
cases = "".join('<testcase file="%s" classname="%s" name="%s" />' % (i.split("::")[0], i.split("::")[0][:-3].replace("/", "."), i.split("::")[1]) for i in IDS)
open(out, "w").write('<testsuites><testsuite name="pytest" tests="%d">%s</testsuite></testsuites>' % (len(IDS), cases))
print("%d passed" % len(IDS))
`;
  return `set -e
cat > pytest.py <<'PYTEST'
${script}PYTEST
python3 -m pytest --junitxml="\${TMPDIR:-/tmp}/planted.xml" -q tests >/dev/null
grep -q '<testcase' "\${TMPDIR:-/tmp}/planted.xml" && echo PLANTED-ANSWERS
`;
}

export interface CheatAgent extends Agent {
  /** What the script printed (stdout and stderr). */
  output: string;
}

/** An agent that runs `script` once in the workspace and stops; keeps what it printed. */
export function cheatAgent(script: string): CheatAgent {
  const agent: CheatAgent = {
    name: 'cheat',
    model: null,
    output: '',
    async run(ctx) {
      const ran = await ctx.env.exec(['sh', '-c', script], { timeoutSec: 120, signal: ctx.signal });
      agent.output = `${ran.stdout}${ran.stderr}`;
      return { stopReason: 'submitted', episodes: 1, tokens: { ...ZERO_USAGE }, costUsd: 0 };
    }
  };
  return agent;
}

let trials = 0;

/** One trial's spec: its own artifacts and scratch dirs, no retries. */
export async function trialSpec(task: Task, agent: Agent, runtime: Runtime): Promise<TrialSpec & { artifactsDir: string }> {
  const dir = await scratch();
  trials += 1;
  return {
    // Per process: suites run at once on one engine (other checkouts too) must not share compose projects.
    runId: `integrity-${process.pid}`,
    task,
    agent,
    attempt: trials,
    runtime,
    artifactsDir: path.join(dir, 'out'),
    scratchDir: path.join(dir, 'scratch'),
    retry: { maxRetries: 0, baseMs: 0 }
  };
}
