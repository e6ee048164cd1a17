import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shellQuote } from '../../src/frameworks/command.js';
import { rewriteCtest } from '../../src/frameworks/ctest.js';
import { rewriteGo } from '../../src/frameworks/go.js';
import { rewriteJest } from '../../src/frameworks/jest.js';
import { PYTEST_LAUNCHER, rewritePytest } from '../../src/frameworks/pytest.js';
import { rewriteVitest } from '../../src/frameworks/vitest.js';

const R = '/tmp/g/report';

describe('the command rewriters', () => {
  test('pytest: the report flags go right after pytest, whichever way it is started', () => {
    const flags = `--junitxml='${R}' -o junit_family=xunit1 -p no:cacheprovider --continue-on-collection-errors`;
    const launcher = `-c ${shellQuote(PYTEST_LAUNCHER)}`;
    expect(rewritePytest('python -m pytest -q tests', R)).toBe(`python ${launcher} ${flags} -q tests`);
    expect(rewritePytest('cd app && /usr/bin/python3.11 -X dev -u -m pytest tests', R)).toBe(`cd app && /usr/bin/python3.11 -X dev -u ${launcher} ${flags} tests`);
    expect(rewritePytest('pytest tests && echo done', R)).toBe(`pytest ${flags} tests && echo done`);
    expect(rewritePytest('.venv/bin/py.test', R)).toBe(`.venv/bin/py.test ${flags}`);
    // A wrapper script hides pytest: the flags are appended for it to pass on.
    expect(rewritePytest('./run-tests.sh', R)).toBe(`./run-tests.sh ${flags}`);
    // Words that only contain "pytest" are not pytest.
    expect(rewritePytest('cd pytest-plugins && tox', R)).toBe(`cd pytest-plugins && tox ${flags}`);
  });

  test('python -m pytest runs the installed pytest although the repository plants pytest.py and xml/, and imports the project from the cwd', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'opsbench-launcher-'));
    try {
      const report = path.join(dir, 'report.xml');
      const fake = `import sys\nopen(${JSON.stringify(report)}, "w").write('<testsuite tests="1"><testcase classname="t" name="planted"/></testsuite>')\nsys.exit(0)\n`;
      writeFileSync(path.join(dir, 'pytest.py'), fake);
      mkdirSync(path.join(dir, 'xml', 'etree'), { recursive: true });
      writeFileSync(path.join(dir, 'xml', '__init__.py'), 'raise SystemExit("planted xml")\n');
      writeFileSync(path.join(dir, 'xml', 'etree', '__init__.py'), '');
      writeFileSync(path.join(dir, 'proj.py'), 'def answer():\n    return 42\n');
      mkdirSync(path.join(dir, 'tests'));
      writeFileSync(path.join(dir, 'tests', 'test_proj.py'), 'from proj import answer\n\n\ndef test_answer():\n    assert answer() == 42\n');
      // Proof the plant works when nothing stops it.
      execFileSync('bash', ['-c', `python3 -m pytest -q tests --junitxml=${shellQuote(report)}`], { cwd: dir });
      expect(readFileSync(report, 'utf8')).toContain('planted');
      // Inside a double-quoted bash -c too: the launcher has no character that would end or expand the quotes.
      execFileSync('bash', ['-c', rewritePytest('bash -c "python3 -m pytest -q tests"', report)], { cwd: dir, stdio: 'pipe' });
      const xml = readFileSync(report, 'utf8');
      expect(xml).toContain('name="test_answer"');
      expect(xml).not.toContain('planted');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('go: every `go test` gets -json and the stream goes to the report file', () => {
    expect(rewriteGo('go test ./...', R)).toBe(`{ go test -json ./...\n} > '${R}'`);
    expect(rewriteGo('go vet ./... && go  test -race ./a && go test ./b', R)).toBe(
      `{ go vet ./... && go  test -json -race ./a && go test -json ./b\n} > '${R}'`
    );
    expect(() => rewriteGo('make test', R)).toThrow('tests.command must run `go test` (got: make test)');
  });

  test('jest: flags after jest, or after `--` when npm runs the script', () => {
    const flags = `--ci --json --outputFile='${R}'`;
    expect(rewriteJest('npx jest src', R)).toBe(`npx jest ${flags} src`);
    expect(rewriteJest('node_modules/.bin/jest', R)).toBe(`node_modules/.bin/jest ${flags}`);
    expect(rewriteJest('npm test', R)).toBe(`npm test -- ${flags}`);
    expect(rewriteJest('npm run test -- --runInBand', R)).toBe(`npm run test -- --runInBand ${flags}`);
    expect(rewriteJest('yarn test', R)).toBe(`yarn test ${flags}`);
  });

  test('vitest: flags after `vitest run` (or vitest)', () => {
    const flags = `--reporter=json --outputFile='${R}'`;
    expect(rewriteVitest('npx vitest run src', R)).toBe(`npx vitest run ${flags} src`);
    expect(rewriteVitest('npx vitest', R)).toBe(`npx vitest ${flags}`);
  });

  test('ctest: --output-junit after ctest, the build steps before it untouched', () => {
    expect(rewriteCtest('cmake -S . -B build && cmake --build build && ctest --test-dir build', R)).toBe(
      `cmake -S . -B build && cmake --build build && ctest --output-junit '${R}' --test-dir build`
    );
    expect(() => rewriteCtest('make check', R)).toThrow('tests.command must run `ctest`');
  });

  test('shellQuote survives bash for paths with quotes and spaces', () => {
    const weird = "/tmp/it's a dir/$HOME/report.xml";
    expect(execFileSync('bash', ['-c', `printf %s ${shellQuote(weird)}`]).toString()).toBe(weird);
  });
});
