import { parseCall } from '../../src/bench/bare-bench.js';

/** The bare bench names each logged docker call by what it does, so the engine time per trial can be broken down. */
describe('bare bench call log', () => {
  test('compose calls are named by their subcommand past the global flags; others by their verb', () => {
    expect(parseCall('812 compose --ansi never -p ob-x -f /tmp/a/compose.json --profile grader up -d --wait --no-build\n')).toEqual({ kind: 'compose up', ms: 812 });
    expect(parseCall('95 compose --ansi never -p ob-x -f /tmp/a/compose.json ps -q workspace\n')).toEqual({ kind: 'compose ps', ms: 95 });
    expect(parseCall('40 exec -w /app/repo -e X=1 abc sh -c "echo\nmore"\n')).toEqual({ kind: 'exec', ms: 40 });
    expect(parseCall('7 cp - abc:/\n')).toEqual({ kind: 'cp', ms: 7 });
  });
});
