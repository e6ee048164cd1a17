import { GradeError } from '../core/errors.js';

/**
 * One rewriter per framework: the task's test command with the framework's structured report switched
 * on, written to `report` (a path in a fresh directory outside the workspace). Flags go right after the
 * runner's own word, so `pytest tests && echo done` still works; a command that hides the runner behind
 * a script gets the flags appended, and if no report appears the grader says the suite did not run.
 */

/** Single-quotes a path for bash. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const BEFORE = String.raw`(^|[\s;&|(/])`;
const AFTER = String.raw`(?=$|[\s;&|)])`;

/** Inserts ` flags` after the first (or every) match of the word `token`; null when there is none. */
function insertAfter(command: string, token: string, flags: string, every = false): string | null {
  const re = new RegExp(`${BEFORE}(${token})${AFTER}`, every ? 'g' : '');
  if (!re.test(command)) return null;
  re.lastIndex = 0;
  return command.replace(re, (_m, before: string, word: string) => `${before}${word} ${flags}`);
}

/** npm needs `--` before arguments meant for the script; yarn and pnpm pass them on as they are. */
function appendForScript(command: string, flags: string): string {
  return /(^|[\s;&|(])npm\s+(run\s+)?(test|t)(?=$|\s)/.test(command) && !/\s--(\s|$)/.test(command)
    ? `${command} -- ${flags}`
    : `${command} ${flags}`;
}

/**
 * What `python -m pytest` runs instead: `-m` puts the working directory first on sys.path, before the
 * installed packages, so a `pytest.py` or `pytest/` the agent planted in the repository would run in
 * pytest's place and write whatever report it likes; an `xml/` package would replace the one the JUnit
 * writer imports. This imports the installed pytest and its built-in plugins first, then puts the working
 * directory first on sys.path as `-m` does (the tests import the project from there) and runs pytest's
 * `__main__`. PYTHONSAFEPATH would drop the directory altogether and break such imports. Free of quotes,
 * `$` and backslashes, so it survives inside a double-quoted `bash -c "..."` too.
 */
export const PYTEST_LAUNCHER = [
  // sys and os are loaded before any of this runs (site imports os), so these two come from no directory.
  'import sys, os',
  'if sys.path and sys.path[0] in (str(), os.getcwd()): del sys.path[0]',
  'import importlib, pytest, _pytest.config, _pytest.python, _pytest.runner, _pytest.reports',
  'for name in _pytest.config.default_plugins:',
  '    try: importlib.import_module(name if chr(46) in name else _pytest.__name__ + chr(46) + name)',
  '    except Exception: pass',
  // The runner's internals as installed: the project's code, imported while tests are collected, may
  // replace them (Function.runtest made a no-op); they are put back before every test runs.
  'OWNERS = (_pytest.python.Function, _pytest.runner, _pytest.runner.CallInfo, _pytest.reports.TestReport, _pytest.reports.BaseReport)',
  'KEPT = [(o, n, v) for o in OWNERS for n, v in list(vars(o).items()) if callable(v) or isinstance(v, (classmethod, staticmethod, property))]',
  'class OpsBenchGuard:',
  '    @pytest.hookimpl(tryfirst=True)',
  '    def pytest_runtest_protocol(self, item, nextitem):',
  '        for owner, name, value in KEPT:',
  '            if vars(owner).get(name) is not value: setattr(owner, name, value)',
  'sys.path.insert(0, os.getcwd())',
  'raise SystemExit(pytest.main(plugins=[OpsBenchGuard()]))',
  ''
].join('\n');

/**
 * `python -m pytest` (any python, options before -m; also right after a `"`, as in `bash -c "..."`); the
 * launcher replaces `-m pytest`. Inside single quotes it is left alone: the launcher's lines would end them.
 */
const PYTHON_M_PYTEST = /((?:^|[\s;&|("])(?:[^\s;&|()'"]*\/)?python[0-9.]*)((?:\s+(?:-[XW]\s*[^\s;&|()-]\S*|-[A-Za-ln-z]+))*)\s+-m\s*(?:pytest|py\.test)(?=$|[\s;&|)])/g;

export function rewritePytest(command: string, report: string): string {
  const flags = `--junitxml=${shellQuote(report)} -o junit_family=xunit1 -p no:cacheprovider --continue-on-collection-errors`;
  const withFlags = insertAfter(command, String.raw`pytest|py\.test`, flags) ?? `${command} ${flags}`;
  return withFlags.replace(PYTHON_M_PYTEST, (_m, python: string, options: string) => `${python}${options} -c ${shellQuote(PYTEST_LAUNCHER)}`);
}

/**
 * `go test -json` for every `go test` in the command, and the command's stdout (the event stream) into
 * `report`, so the 10 MiB console cap never cuts the stream.
 * @throws GradeError when the command has no `go test`
 */
export function rewriteGo(command: string, report: string): string {
  const withJson = insertAfter(command, String.raw`go\s+test`, '-json', true);
  if (withJson === null) throw new GradeError(`tests.command must run \`go test\` (got: ${command}); the grader adds -json to it`);
  return `{ ${withJson}\n} > ${shellQuote(report)}`;
}

export function rewriteJest(command: string, report: string): string {
  const flags = `--ci --json --outputFile=${shellQuote(report)}`;
  return insertAfter(command, 'jest', flags) ?? appendForScript(command, flags);
}

export function rewriteVitest(command: string, report: string): string {
  const flags = `--reporter=json --outputFile=${shellQuote(report)}`;
  return insertAfter(command, String.raw`vitest(\s+run)?`, flags) ?? appendForScript(command, flags);
}

/**
 * ctest's own JUnit report (CMake >= 3.21).
 * @throws GradeError when the command has no `ctest`
 */
export function rewriteCtest(command: string, report: string): string {
  const withJunit = insertAfter(command, 'ctest', `--output-junit ${shellQuote(report)}`);
  if (withJunit === null) throw new GradeError(`tests.command must run \`ctest\` (got: ${command}); the grader adds --output-junit to it`);
  return withJunit;
}
