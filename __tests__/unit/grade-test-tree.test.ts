import { isConventionalTestPath, wholeTestDirs } from '../../src/grade/test-tree.js';

describe('the test tree the grader resets to the base', () => {
  test('test directories and test files by the frameworks\' conventions count, the code under test does not', () => {
    for (const p of ['tests/__init__.py', 'pkg/tests/helpers.py', 'test/sync.test.js', 'src/test/java/AppTest.java', 'config/config_test.go', 'src/a.spec.ts', 'test_x.py', 'x_test.py', 'testdata/golden.json', 'src/__tests__/a.js', 'tests/packet_test.cpp']) {
      expect([p, isConventionalTestPath(p)]).toEqual([p, true]);
    }
    for (const p of ['hookrelay/__init__.py', 'config/config.go', 'src/sync.js', 'src/packet.cpp', 'testing.py', 'contest/x.py', 'latest/x.py']) {
      expect([p, isConventionalTestPath(p)]).toEqual([p, false]);
    }
    expect(isConventionalTestPath('deep/conftest.py', ['conftest.py'])).toBe(true);
  });

  test('a directory test.patch touches counts whole only when all its base files are tests', () => {
    const base = ['checks/test_a.py', 'checks/helpers.py', 'config/config.go', 'config/config_test.go', 'suite/run_me.py', 'README.md'];
    // checks/helpers.py is patched, so checks/ holds nothing but tests; config/ holds the code under test.
    expect(wholeTestDirs(['checks/helpers.py', 'config/config_test.go', 'new/test_new.py', 'top_test.go'], base)).toEqual(['checks', 'new']);
    expect(wholeTestDirs(['suite/test_b.py'], base)).toEqual([]);
  });
});
