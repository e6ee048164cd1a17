import { insertAfter, shellQuote } from './command.js';
import { singleFileReport, type TestCaseResult, type TestFramework } from './framework.js';
import { readJUnitCases, type JUnitCase } from './junit-xml.js';

/**
 * pytest: JUnit XML (xunit1, which keeps each test's file) read back to node ids. pyproject.toml and
 * setup.cfg can hold pytest settings too but are the package's own metadata, which a fix may change, so
 * they stay the agent's; conftest.py, pytest.ini, tox.ini (`addopts = -p <plugin>`) and the
 * sitecustomize hooks are the harness's.
 */
export const pytest: TestFramework = {
  ...singleFileReport('report.xml', rewritePytest),
  parse: (text) => parsePytest(text),
  harnessFiles: ['conftest.py', 'pytest.ini', '.pytest.ini', 'tox.ini', 'sitecustomize.py', 'usercustomize.py'],
  // pytest is a python module: probed by importing it with the python3 found on PATH.
  toolchain: { host: ['python3'], hostChecks: [{ name: 'pytest', command: ['python3', '-c', 'import pytest'] }], apt: ['python3-pytest'], npm: [] },
  flagRules: [
    // _pytest is pytest's private implementation: project code has no reason to import it.
    { code: 'pytest-internals', path: /\.py$/, added: /^\s*(?:from\s+_pytest[\s.]|import\s+_pytest\b)|\b_pytest\.\w/ },
    { code: 'pytest-hook', path: /\.py$/, added: /@pytest\.hookimpl|^\s*def\s+pytest_\w+\s*\(|^\s*pytest_plugins\s*=/ },
    { code: 'pytest-plugin-entry-point', path: /(?:^|\/)(?:setup\.py|setup\.cfg|pyproject\.toml|entry_points\.txt)$/, added: /pytest11/ },
    { code: 'python-startup-hook', path: /(?:\.pth|(?:^|\/)(?:site|user)customize\.py)$/ }
  ],
  apexAliases: []
};

/**
 * pytest's JUnit XML (run with `-o junit_family=xunit1`, which keeps each test's `file`) back to node ids:
 * `tests/test_x.py::TestClass::test_name[param]`. pytest writes `classname` as the dotted module path
 * plus the classes and `name` as the function with its parameters, so the id is the file, the classes
 * that follow the module in `classname`, and the name verbatim (parameters and unicode untouched).
 * @throws GradeError when the text is not a JUnit XML report
 */
export function parsePytest(reportText: string): TestCaseResult[] {
  return readJUnitCases(reportText, 'pytest JUnit XML').map((c) => ({ id: nodeId(c), status: c.status }));
}

function nodeId(c: JUnitCase): string {
  if (c.file !== null) {
    const module = c.file.replace(/\.py$/, '').split('/').join('.');
    // A collection error is reported with an empty classname and the module as its name.
    if (c.classname === '') return c.name === module ? c.file : `${c.file}::${c.name}`;
    if (c.classname === module) return `${c.file}::${c.name}`;
    if (c.classname.startsWith(`${module}.`)) {
      return [c.file, ...c.classname.slice(module.length + 1).split('.'), c.name].join('::');
    }
  }
  // No usable file (xunit2, or a test inherited from a class in another file): split the dotted classname
  // where the first CamelCase part starts, since test modules are lower-case and test classes are not.
  const parts = c.classname.split('.').filter((p) => p !== '');
  const firstClass = parts.findIndex((p) => /^[A-Z]/.test(p));
  const moduleParts = firstClass === -1 ? parts : parts.slice(0, firstClass);
  const classParts = firstClass === -1 ? [] : parts.slice(firstClass);
  const file = moduleParts.length > 0 ? `${moduleParts.join('/')}.py` : null;
  return [...(file ? [file] : []), ...classParts, c.name].join('::');
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
