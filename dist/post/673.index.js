export const id = 673;
export const ids = [673];
export const modules = {

/***/ 2058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ij: () => (/* binding */ frameworks)
});

// UNUSED EXPORTS: FRAMEWORKS, FRAMEWORK_ALIAS_HELP, mapApexFramework

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/frameworks/command.js
/**
 * What the frameworks' rewriters share: each framework's `rewrite` gives the task's test command with its
 * structured report switched on, written to a path in a fresh directory outside the workspace. Flags go
 * right after the runner's own word, so `pytest tests && echo done` still works; a command that hides the
 * runner behind a script gets the flags appended, and if no report appears the grader says the suite did
 * not run.
 */
/** Single-quotes a path for bash. */
function shellQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
const BEFORE = String.raw `(^|[\s;&|(/])`;
const AFTER = String.raw `(?=$|[\s;&|)])`;
/** Inserts ` flags` after the first (or every) match of the word `token`; null when there is none. */
function insertAfter(command, token, flags, every = false) {
    const re = new RegExp(`${BEFORE}(${token})${AFTER}`, every ? 'g' : '');
    if (!re.test(command))
        return null;
    re.lastIndex = 0;
    return command.replace(re, (_m, before, word) => `${before}${word} ${flags}`);
}
/** npm needs `--` before arguments meant for the script; yarn and pnpm pass them on as they are. */
function appendForScript(command, flags) {
    return /(^|[\s;&|(])npm\s+(run\s+)?(test|t)(?=$|\s)/.test(command) && !/\s--(\s|$)/.test(command)
        ? `${command} -- ${flags}`
        : `${command} ${flags}`;
}

;// CONCATENATED MODULE: ./lib/frameworks/framework.js
async function readIfThere(env, file) {
    try {
        return [{ path: file, text: (await env.readFile(file)).toString('utf8') }];
    }
    catch {
        return [];
    }
}
/** The parts of a framework whose report is one file the grader names (`name`), in its own fresh directory. */
function singleFileReport(name, rewrite) {
    return {
        rewrite: (command, dir) => rewrite(command, `${dir}/${name}`),
        collect: (env, dir) => readIfThere(env, `${dir}/${name}`),
        reportFile: (dir) => `${dir}/${name}`
    };
}

;// CONCATENATED MODULE: ./lib/frameworks/cargo.js



/**
 * `cargo test` (Rust). Stable libtest writes neither JSON (`--format json` needs nightly's
 * `-Z unstable-options`) nor JUnit, so the report is libtest's own plain output, cargo's stderr included:
 * `Running unittests src/lib.rs (...)` names each test binary, `test tests::adds ... ok` each result. The
 * id is `<target>::<test path>` (`src/lib.rs::tests::adds`, `tests/api.rs::roundtrip`), so the same test
 * name in two binaries stays two tests. A crate that does not compile adds `<crate> [build failed]`.
 * A command that makes libtest terse (`-q`) prints no names, and the grader says the suite did not run.
 */
const cargo = {
    ...singleFileReport('report.txt', rewriteCargo),
    parse: (text) => parseCargo(text),
    harnessFiles: [],
    toolchain: { host: ['cargo'], apt: ['cargo'], npm: [] },
    apexAliases: ['cargo test', 'rust']
};
/**
 * Colour off for every `cargo test`, and the command's stdout and stderr (libtest's lines and cargo's
 * `Running` headers, in order) into `report`.
 * @throws GradeError when the command has no `cargo test`
 */
function rewriteCargo(command, report) {
    const plain = insertAfter(command, String.raw `cargo\s+test`, '--color never', true);
    if (plain === null)
        throw new errors/* GradeError */.GX(`tests.command must run \`cargo test\` (got: ${command}); the grader reads its output`);
    return `{ ${plain}\n} > ${shellQuote(report)} 2>&1`;
}
const STATUS = { ok: 'passed', FAILED: 'failed', ignored: 'skipped' };
function parseCargo(reportText) {
    const results = [];
    let target = '';
    for (const line of reportText.split('\n')) {
        const running = /^\s+Running (?:unittests )?(\S+)/.exec(line);
        if (running)
            target = running[1];
        else if (/^\s+Doc-tests (\S+)/.test(line))
            target = 'doc-tests';
        const test = /^test (.+?) \.\.\. (ok|FAILED|ignored)(?:,.*)?$/.exec(line);
        if (test)
            results.push({ id: `${target}::${test[1]}`, status: STATUS[test[2]] });
        const broken = /^error: could not compile `([^`]+)`/.exec(line);
        if (broken)
            results.push({ id: `${broken[1]} [build failed]`, status: 'error' });
    }
    return results;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(8879);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(737);
;// CONCATENATED MODULE: ./lib/frameworks/junit-xml.js



// Partial, tolerant shapes: only what grading reads; everything else in a report may change freely.
const Attr = schemas/* string */.YjP().nullish();
const TestCaseSchema = schemas/* object */.Ikc({
    '@_name': schemas/* string */.YjP(),
    '@_classname': Attr,
    '@_file': Attr,
    /** ctest: run | fail | notrun | disabled */
    '@_status': Attr,
    failure: schemas/* unknown */.L5J().optional(),
    error: schemas/* unknown */.L5J().optional(),
    skipped: schemas/* unknown */.L5J().optional()
});
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Names like "1" or "true" must stay strings, and whitespace inside a name is part of it.
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: false,
    isArray: (name) => name === 'testsuites' || name === 'testsuite' || name === 'testcase'
});
function statusOf(node) {
    if (node.failure !== undefined)
        return 'failed';
    if (node.error !== undefined)
        return 'error';
    if (node.skipped !== undefined)
        return 'skipped';
    if (node['@_status'] === 'fail')
        return 'failed';
    if (node['@_status'] === 'notrun' || node['@_status'] === 'disabled')
        return 'skipped';
    return 'passed';
}
/**
 * Every testcase of a JUnit XML document, in document order, nested suites included.
 * @throws GradeError when the text is not XML or a testcase has no name
 */
function readJUnitCases(reportText, label) {
    let doc;
    try {
        doc = parser.parse(reportText, true);
    }
    catch (error) {
        throw new errors/* GradeError */.GX(`${label}: not a JUnit XML report: ${error.message}`, error);
    }
    const cases = [];
    const visit = (suite) => {
        for (const raw of suite.testcase ?? []) {
            const parsed = TestCaseSchema.safeParse(raw);
            if (!parsed.success)
                throw new errors/* GradeError */.GX(`${label}: a <testcase> has no name attribute`);
            const node = parsed.data;
            cases.push({
                name: node['@_name'],
                classname: node['@_classname'] ?? '',
                file: node['@_file'] ?? null,
                status: statusOf(node)
            });
        }
        for (const child of suite.testsuite ?? [])
            visit(child);
    };
    for (const root of doc.testsuites ?? [])
        visit(root);
    for (const suite of doc.testsuite ?? [])
        visit(suite);
    return cases;
}

;// CONCATENATED MODULE: ./lib/frameworks/ctest.js




/** ctest (GoogleTest cases through gtest_discover_tests): its own JUnit report. */
const ctest = {
    ...singleFileReport('report.xml', rewriteCtest),
    parse: (text) => parseCtest(text),
    harnessFiles: [],
    toolchain: { host: ['cmake', 'ctest'], apt: ['cmake', 'g++', 'make', 'libgtest-dev'], npm: [] },
    flagRules: [
        { code: 'ctest-test-properties', path: /(?:^|\/)(?:CMakeLists\.txt|[^/]+\.cmake|CTestTestfile\.cmake)$/, added: /\b(?:WILL_FAIL|PASS_REGULAR_EXPRESSION|SKIP_RETURN_CODE|SKIP_REGULAR_EXPRESSION)\b/ }
    ],
    apexAliases: ['gtest', 'googletest']
};
/**
 * ctest's `--output-junit` report (CMake >= 3.21) to ids = ctest test names; GoogleTest cases registered
 * with gtest_discover_tests are named `Suite.Test` (`Inst/Suite.Test/param` when parameterized).
 * `notrun` (a GTEST_SKIP) and `disabled` are skipped.
 * @throws GradeError when the text is not a JUnit XML report
 */
function parseCtest(reportText) {
    return readJUnitCases(reportText, 'ctest JUnit XML').map((c) => ({ id: c.name, status: c.status }));
}
/**
 * ctest's own JUnit report (CMake >= 3.21).
 * @throws GradeError when the command has no `ctest`
 */
function rewriteCtest(command, report) {
    const withJunit = insertAfter(command, 'ctest', `--output-junit ${shellQuote(report)}`);
    if (withJunit === null)
        throw new errors/* GradeError */.GX(`tests.command must run \`ctest\` (got: ${command}); the grader adds --output-junit to it`);
    return withJunit;
}

;// CONCATENATED MODULE: ./lib/frameworks/go.js




/** `go test`: the test2json event stream (`-json`) on stdout, kept whole in a report file. */
const go = {
    ...singleFileReport('report.jsonl', rewriteGo),
    parse: (text) => parseGo(text),
    harnessFiles: [],
    toolchain: { host: ['go'], apt: ['golang-go'], npm: [] },
    flagRules: [
        { code: 'go-testing-internals', path: /\.go$/, added: /\btesting\.(?:MainStart|Init|RegisterCover|InternalTest|M\b)|go:linkname\s+\S+\s+testing\./ },
        { code: 'go-fake-test-events', path: /\.go$/, added: /"Action"\s*:\s*"(?:pass|fail)"/ }
    ],
    apexAliases: ['gotest', 'go test', 'golang']
};
// One test2json event, read only as far as grading needs (https://pkg.go.dev/cmd/test2json).
const EventSchema = schemas/* object */.Ikc({
    Action: schemas/* string */.YjP(),
    Package: schemas/* string */.YjP().nullish(),
    Test: schemas/* string */.YjP().nullish(),
    /** Set on a package's final `fail` when its test binary did not build (Go >= 1.24). */
    FailedBuild: schemas/* string */.YjP().nullish(),
    Output: schemas/* string */.YjP().nullish()
});
const FINAL = { pass: 'passed', fail: 'failed', skip: 'skipped' };
/**
 * The `go test -json` event stream to one result per test run, id `pkg/TestName` (subtests
 * `pkg/TestName/sub`), from each test's final pass/fail/skip action. Lines that are not JSON events (other
 * commands' output) are ignored. A test that started but never finished (killed at the timeout, or the
 * binary exited mid-test) is failed. A package that failed without a failing test (it did not build, or
 * its binary died outside a test) adds one error entry, `pkg [build failed]` or `pkg [package failed]`:
 * its tests did not run, and the entry keeps that from looking like a clean exit.
 */
function parseGo(reportText) {
    const results = [];
    const running = new Map();
    const failedPackages = new Map();
    const packagesWithFailures = new Set();
    const buildFailedBefore = new Set();
    for (const line of reportText.split('\n')) {
        const event = readEvent(line);
        if (!event?.Package)
            continue;
        const pkg = event.Package;
        if (!event.Test) {
            if (event.Action === 'fail')
                failedPackages.set(pkg, Boolean(event.FailedBuild) || buildFailedBefore.has(pkg));
            // Before Go 1.24 a build failure shows only as this output line, ahead of the package's `fail`.
            if (event.Action === 'output' && event.Output?.includes('[build failed]'))
                buildFailedBefore.add(pkg);
            continue;
        }
        const id = `${pkg}/${event.Test}`;
        if (event.Action === 'run') {
            running.set(id, pkg);
            continue;
        }
        const status = FINAL[event.Action];
        if (status === undefined)
            continue;
        running.delete(id);
        results.push({ id, status });
        if (status === 'failed')
            packagesWithFailures.add(pkg);
    }
    for (const [id, pkg] of running) {
        results.push({ id, status: 'failed' });
        packagesWithFailures.add(pkg);
    }
    for (const [pkg, buildFailed] of failedPackages) {
        if (!packagesWithFailures.has(pkg))
            results.push({ id: `${pkg} [${buildFailed ? 'build' : 'package'} failed]`, status: 'error' });
    }
    return results;
}
function readEvent(line) {
    if (!line.startsWith('{'))
        return null;
    try {
        const parsed = EventSchema.safeParse(JSON.parse(line));
        return parsed.success ? parsed.data : null;
    }
    catch {
        return null;
    }
}
/**
 * `go test -json` for every `go test` in the command, and the command's stdout (the event stream) into
 * `report`, so the 10 MiB console cap never cuts the stream.
 * @throws GradeError when the command has no `go test`
 */
function rewriteGo(command, report) {
    const withJson = insertAfter(command, String.raw `go\s+test`, '-json', true);
    if (withJson === null)
        throw new errors/* GradeError */.GX(`tests.command must run \`go test\` (got: ${command}); the grader adds -json to it`);
    return `{ ${withJson}\n} > ${shellQuote(report)}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/frameworks/jest.js





/** Config files a script runner reads, in each extension it accepts (jest.config.ts, vitest.config.mjs, ...). */
const SCRIPT_EXTENSIONS = ['js', 'cjs', 'mjs', 'ts', 'cts', 'mts'];
const named = (stem, extensions) => extensions.map((e) => `${stem}.${e}`);
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
/** jest's and vitest's (which shares jest's globals): test globals replaced, or the runner's internals imported, from project code. */
const JS_RUNNER_FLAGS = [
    { code: 'js-test-globals', path: SCRIPT, added: /\b(?:global|globalThis|window)\s*(?:\.\s*|\[\s*['"`])(?:test|it|expect|describe|beforeEach|afterEach|beforeAll|afterAll|jest|vi)\b(?:['"`]\s*\])?\s*=[^=]|Object\.defineProperty\(\s*(?:global|globalThis)\s*,\s*['"`](?:test|it|expect|describe)['"`]/ },
    { code: 'js-runner-internals', path: SCRIPT, added: /['"`](?:jest-circus|jest-jasmine2|@jest\/(?:core|reporters|test-result|expect)|jest-runner|@vitest\/(?:runner|expect)|vitest\/(?:runners|node|reporters))(?:\/[^'"`]*)?['"`]/ }
];
/** jest: `--json` to a report file; its config (a results processor, reporter or transform) is the harness's. */
const jest = {
    ...singleFileReport('report.json', rewriteJest),
    parse: parseJest,
    harnessFiles: named('jest.config', [...SCRIPT_EXTENSIONS, 'json']),
    packageJsonKey: 'jest',
    toolchain: { host: ['node', 'npx'], apt: ['nodejs', 'npm'], npm: ['jest@29', 'ts-jest@29', 'typescript@5'] },
    flagRules: JS_RUNNER_FLAGS,
    apexAliases: []
};
// jest's `--json` result, which vitest's `--reporter=json` copies; only what grading reads.
const AssertionSchema = schemas/* object */.Ikc({
    ancestorTitles: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
    title: schemas/* string */.YjP(),
    status: schemas/* string */.YjP()
});
const FileSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    status: schemas/* string */.YjP().nullish(),
    assertionResults: schemas/* array */.YOg(AssertionSchema).nullish()
});
const ReportSchema = schemas/* object */.Ikc({ testResults: schemas/* array */.YOg(FileSchema) });
const jest_STATUS = {
    passed: 'passed',
    failed: 'failed',
    pending: 'skipped',
    skipped: 'skipped',
    todo: 'skipped',
    disabled: 'skipped'
};
/**
 * A jest (or vitest) JSON report to ids `relative/file.test.ts > describe > name`, the file relative to
 * `rootDir` (where the command ran). A file that failed without a failing test (it did not compile, an
 * import threw, an afterAll hook failed) adds one error entry whose id is the file.
 * @throws GradeError when the text is not a jest/vitest JSON report
 */
function parseJest(reportText, rootDir) {
    let json;
    try {
        json = JSON.parse(reportText);
    }
    catch (error) {
        throw new errors/* GradeError */.GX(`jest/vitest JSON report: not JSON: ${error.message}`, error);
    }
    const report = ReportSchema.safeParse(json);
    if (!report.success)
        throw new errors/* GradeError */.GX('jest/vitest JSON report: no testResults[] with file names');
    const results = [];
    for (const file of report.data.testResults) {
        const rel = relativeTo(rootDir, file.name);
        let anyFailed = false;
        for (const a of file.assertionResults ?? []) {
            const status = jest_STATUS[a.status] ?? 'error';
            anyFailed ||= status === 'failed' || status === 'error';
            results.push({ id: [rel, ...(a.ancestorTitles ?? []), a.title].join(' > '), status });
        }
        if (file.status === 'failed' && !anyFailed)
            results.push({ id: rel, status: 'error' });
    }
    return results;
}
function relativeTo(rootDir, file) {
    const rel = external_node_path_.posix.relative(rootDir, file);
    return rel.startsWith('..') || external_node_path_.posix.isAbsolute(rel) ? file : rel;
}
function rewriteJest(command, report) {
    const flags = `--ci --json --outputFile=${shellQuote(report)}`;
    return insertAfter(command, 'jest', flags) ?? appendForScript(command, flags);
}

;// CONCATENATED MODULE: ./lib/frameworks/junit.js


// Surefire writes where the pom says (its reportsDirectory has no command-line property), so its reports
// are read from the workspace: deleted before the run, so only this run's files count.
const SUREFIRE_REPORTS = String.raw `\( -path '*/target/surefire-reports/TEST-*.xml' -o -path '*/build/test-results/*.xml' \)`;
/** JUnit under Maven Surefire or Gradle: the runner's own `TEST-*.xml` reports, read from the workspace. */
const junit = {
    rewrite: (command) => command,
    cleanup: String.raw `find . \( -path '*/target/surefire-reports' -o -path '*/build/test-results' \) -type d -prune -exec rm -rf {} +`,
    async collect(env) {
        const listed = await env.exec(`find . ${SUREFIRE_REPORTS} -type f -print0 | sort -z`, { cwd: env.workdir });
        const files = listed.stdout.split('\0').filter((f) => f !== '');
        const reports = [];
        for (const f of files)
            reports.push(...(await readIfThere(env, `${env.workdir}/${f.replace(/^\.\//, '')}`)));
        return reports;
    },
    parse: (text) => parseJunit(text),
    harnessFiles: [],
    toolchain: { host: ['java', 'mvn'], apt: ['default-jdk-headless', 'maven'], npm: [] },
    apexAliases: ['junit4', 'junit5', 'maven', 'gradle']
};
/**
 * One Maven Surefire / Gradle JUnit XML report (`TEST-*.xml`) to ids `com.pkg.ClassTest#method`
 * (parameterized runs keep Surefire's `method(int)[1]`; nested classes keep `Outer$Inner`).
 * @throws GradeError when the text is not a JUnit XML report
 */
function parseJunit(reportText) {
    return readJUnitCases(reportText, 'Surefire/Gradle JUnit XML').map((c) => ({
        id: c.classname === '' ? c.name : `${c.classname}#${c.name}`,
        status: c.status
    }));
}

;// CONCATENATED MODULE: ./lib/frameworks/pytest.js



/**
 * pytest: JUnit XML (xunit1, which keeps each test's file) read back to node ids. pyproject.toml and
 * setup.cfg can hold pytest settings too but are the package's own metadata, which a fix may change, so
 * they stay the agent's; conftest.py, pytest.ini, tox.ini (`addopts = -p <plugin>`) and the
 * sitecustomize hooks are the harness's.
 */
const pytest = {
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
function parsePytest(reportText) {
    return readJUnitCases(reportText, 'pytest JUnit XML').map((c) => ({ id: nodeId(c), status: c.status }));
}
function nodeId(c) {
    if (c.file !== null) {
        const module = c.file.replace(/\.py$/, '').split('/').join('.');
        // A collection error is reported with an empty classname and the module as its name.
        if (c.classname === '')
            return c.name === module ? c.file : `${c.file}::${c.name}`;
        if (c.classname === module)
            return `${c.file}::${c.name}`;
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
const PYTEST_LAUNCHER = [
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
function rewritePytest(command, report) {
    const flags = `--junitxml=${shellQuote(report)} -o junit_family=xunit1 -p no:cacheprovider --continue-on-collection-errors`;
    const withFlags = insertAfter(command, String.raw `pytest|py\.test`, flags) ?? `${command} ${flags}`;
    return withFlags.replace(PYTHON_M_PYTEST, (_m, python, options) => `${python}${options} -c ${shellQuote(PYTEST_LAUNCHER)}`);
}

;// CONCATENATED MODULE: ./lib/frameworks/vitest.js



/**
 * vitest: `--reporter=json`, which copies jest's report. Its config and workspace files are the harness's;
 * vite.config.* is the app's build, so it stays the agent's.
 */
const vitest = {
    ...singleFileReport('report.json', rewriteVitest),
    parse: parseJest,
    harnessFiles: [...named('vitest.config', SCRIPT_EXTENSIONS), ...named('vitest.workspace', [...SCRIPT_EXTENSIONS, 'json'])],
    toolchain: { host: ['node', 'npx'], apt: ['nodejs', 'npm'], npm: ['vitest@2'] },
    flagRules: JS_RUNNER_FLAGS,
    apexAliases: []
};
function rewriteVitest(command, report) {
    const flags = `--reporter=json --outputFile=${shellQuote(report)}`;
    return insertAfter(command, String.raw `vitest(\s+run)?`, flags) ?? appendForScript(command, flags);
}

;// CONCATENATED MODULE: ./lib/frameworks/registry.js







/**
 * The test frameworks: the only list. The task schema's `tests.framework` enum, APEX-SWE's
 * `test_framework` names, the local runtime's toolchain check and the workspace image's packages all
 * follow its keys. A new framework is one file (framework.ts's TestFramework) plus one line here
 * (docs/architecture.md, Registries).
 */
const frameworks = {
    pytest: pytest,
    go: go,
    jest: jest,
    vitest: vitest,
    junit: junit,
    ctest: ctest,
    cargo: cargo
};
const FRAMEWORKS = Object.keys(frameworks);
/** The accepted APEX-SWE spellings, for the "not supported" message: `go (gotest, go test, golang), ...`. */
const FRAMEWORK_ALIAS_HELP = FRAMEWORKS.map((name) => {
    const aliases = frameworks[name].apexAliases;
    return aliases.length > 0 ? `${name} (${aliases.join(', ')})` : name;
}).join(', ');
/** Maps APEX-SWE's test_framework value to ours, or null when OpsBench has no runner for it. */
function mapApexFramework(value) {
    const wanted = value.trim().toLowerCase();
    return FRAMEWORKS.find((name) => name === wanted || frameworks[name].apexAliases.includes(wanted)) ?? null;
}


/***/ }),

/***/ 2557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ AGENT_GITCONFIG),
/* harmony export */   HT: () => (/* binding */ workspaceDiff),
/* harmony export */   rF: () => (/* binding */ writeAgentGitConfig),
/* harmony export */   sK: () => (/* binding */ createWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _harness_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(529);
/* harmony import */ var _harness_git_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6952);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6479);






/**
 * Fixed identity and dates: the base commit needs no git config on the runner, and the same repository
 * always gets the same base sha.
 */
const BASE_COMMIT_ENV = {
    GIT_AUTHOR_NAME: 'OpsBench',
    GIT_AUTHOR_EMAIL: 'opsbench@localhost',
    GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z',
    GIT_COMMITTER_NAME: 'OpsBench',
    GIT_COMMITTER_EMAIL: 'opsbench@localhost',
    GIT_COMMITTER_DATE: '2000-01-01T00:00:00Z',
    GIT_CONFIG_NOSYSTEM: '1'
};
/** The agent's own git identity (it may commit); written to the per-trial HOME. */
const AGENT_GITCONFIG = `[user]
\tname = OpsBench Agent
\temail = agent@opsbench.invalid
[init]
\tdefaultBranch = main
[safe]
\tdirectory = *
[commit]
\tgpgsign = false
`;
async function git(dir, env, args, maxBytes) {
    return (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)(['git', ..._harness_git_js__WEBPACK_IMPORTED_MODULE_3__/* .HARNESS_GIT_FLAGS */ .UF, ...args], {
        cwd: dir,
        env: { ...env, ...BASE_COMMIT_ENV },
        timeoutSec: 600,
        maxBytes
    });
}
function gitFailure(what, result) {
    return `${what} failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 2000)}`;
}
/**
 * Copies `repo` (or nothing) into `dir` without its .git, then commits everything as the base commit.
 * The repository's own .gitignore applies, as it would in any checkout.
 * @returns the base commit's sha
 * @throws EnvironmentStartError when copying or git fails (not retried: a local disk problem will not heal)
 */
async function createWorkspace(repo, dir, env) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    if (repo !== null) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(repo, dir, {
                recursive: true,
                verbatimSymlinks: true,
                filter: (src) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(src) !== '.git'
            });
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(`cannot copy ${repo} into the workspace: ${error.message}`, 'env_start', false, error);
        }
    }
    const steps = [
        ['git init', ['init', '-q', '-b', 'main']],
        ['git add', ['add', '-A']],
        ['git commit', ['commit', '-q', '--no-verify', '--allow-empty', '-m', 'base']],
        ['git rev-parse', ['rev-parse', 'HEAD']]
    ];
    let last;
    for (const [what, args] of steps) {
        last = await git(dir, env, args);
        if (last.exitCode !== 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvironmentStartError */ .ch(gitFailure(what, last), 'env_start', false);
    }
    return last.stdout.trim();
}
/** Writes the agent's git identity into the per-trial HOME. */
async function writeAgentGitConfig(home) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.gitconfig'), AGENT_GITCONFIG);
}
/**
 * The workspace's change against `base` as a binary-safe patch, new untracked files included (the
 * repository's .gitignore still applies). The repository is made harness-owned first (harness-git-config.ts):
 * the agent's git config, attributes files and hooks are gone, so `git add -A` runs none of its filters.
 * The git dir is named explicitly: without a .git (the agent removed it) git must fail, not find a
 * repository above the workspace (the runner's own checkout) and stage its files.
 * @throws Error naming git's reason (e.g. the agent removed .git)
 */
async function workspaceDiff(dir, base, env) {
    const sanitized = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)((0,_harness_git_config_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeGitRepoArgv */ .oR)(dir), { cwd: dir, env, timeoutSec: 120 });
    if (sanitized.exitCode !== 0)
        throw new Error(gitFailure('taking over the workspace\'s git configuration', sanitized));
    const hardened = { ...env, ...(0,_harness_git_config_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceGitEnv */ .bl)(dir) };
    const git = (args, maxBytes) => (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)(['git', `--git-dir=${node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')}`, `--work-tree=${dir}`, ..._harness_git_js__WEBPACK_IMPORTED_MODULE_3__/* .HARNESS_GIT_FLAGS */ .UF, ...args], {
        cwd: dir,
        env: hardened,
        timeoutSec: 600,
        maxBytes
    });
    const add = await git(['add', '-A']);
    if (add.exitCode !== 0)
        throw new Error(gitFailure('git add -A', add));
    return (0,_harness_git_js__WEBPACK_IMPORTED_MODULE_3__/* .cappedDiff */ .Rl)(git, base);
}


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ pathExists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);

/** Whether a host path exists (any kind); a missing path is an answer, not an error. */
async function pathExists(p) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(p);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o5: () => (/* binding */ endStrays),
  TY: () => (/* binding */ killStrays)
});

// UNUSED EXPORTS: strayProcesses

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/core/proc-stat.js

/**
 * The fields of /proc/<pid>/stat OpsBench reads, or null where the process is gone or there is no /proc.
 * The command name (field 2) may hold spaces and parentheses, so the fields are counted from its last ')'.
 */
function procStat(pid) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return null;
    }
    // Fields 3 onwards: state, ppid, pgrp, ..., starttime (field 22).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [state, ppid, startTime] = [fields[0], Number(fields[1]), fields[19]];
    if (!state || !Number.isInteger(ppid) || !startTime)
        return null;
    return { state, ppid, startTime };
}

;// CONCATENATED MODULE: ./lib/runtime/strays.js



/**
 * Processes that left the process groups a runtime tracks (a local agent's `setsid`, a double fork; a
 * docker CLI whose run was killed -9): found by what they still carry of their trial or run (see
 * {@link StrayQuery}). Never this process or any of its ancestors: `opsbench cleanup` started from a shell
 * that carries the marker, or works in the run's scratch, must not end that shell. Only this user's
 * processes are readable, which is all a run can have started. Linux only (/proc); elsewhere nothing is found.
 */
function strayProcesses(query) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const roots = new Set(query.root === null ? [] : [query.root, realOr(query.root)]);
    const markers = query.env.map((m) => `${m}\0`);
    const spared = lineage(process.pid);
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const pid = Number(entry);
        if (spared.has(pid) || isZombie(pid))
            continue;
        if (inside(cwdOf(pid), roots) || (hasMarker(pid, markers) && (query.program === undefined || programNames(pid).some(query.program))))
            found.push(pid);
    }
    return found;
}
/**
 * SIGKILLs the stray processes until none is left: a process forking while it is being killed leaves
 * children the next pass finds. Returns those still there after `passes` passes (empty when all died).
 */
async function killStrays(query, passes = 20) {
    let left = strayProcesses(query);
    for (let pass = 0; pass < passes && left.length > 0; pass++) {
        for (const pid of left) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // Gone already.
            }
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        left = strayProcesses(query);
    }
    return left;
}
/**
 * {@link killStrays} for `opsbench cleanup`: logs `<who>: ended N process(es) (pids ...)` and any survivors.
 * @returns how many ended
 */
async function endStrays(query, who, log) {
    const found = strayProcesses(query);
    if (found.length === 0)
        return 0;
    const left = await killStrays(query);
    const ended = found.filter((pid) => !left.includes(pid)).length;
    log?.(`${who}: ended ${ended} process(es) (pids ${found.join(', ')})${left.length > 0 ? `; still running: ${left.join(', ')}` : ''}`);
    return ended;
}
function realOr(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
function cwdOf(pid) {
    try {
        return (0,external_node_fs_.readlinkSync)(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '');
    }
    catch {
        return null;
    }
}
function inside(dir, roots) {
    if (dir === null)
        return false;
    for (const r of roots)
        if (dir === r || dir.startsWith(`${r}/`))
            return true;
    return false;
}
function hasMarker(pid, markers) {
    let environ;
    try {
        environ = `\0${(0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`, 'utf8')}`;
    }
    catch {
        return false;
    }
    return markers.some((m) => environ.includes(`\0${m}`));
}
function isZombie(pid) {
    return procStat(pid)?.state.startsWith('Z') ?? true; // null: exited while we looked
}
/** `pid` and every process above it up to init. */
function lineage(pid) {
    const seen = new Set();
    for (let p = pid; p > 0 && !seen.has(p); p = procStat(p)?.ppid ?? 0)
        seen.add(p);
    return seen;
}
/** The basenames of a process's executable and of its argv[0] (a symlink's name shows only in the latter). */
function programNames(pid) {
    const names = [];
    try {
        names.push(external_node_path_.basename((0,external_node_fs_.readlinkSync)(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '')));
    }
    catch {
        // Not readable (another user's, or gone): argv[0] alone.
    }
    try {
        const argv0 = (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
        if (argv0)
            names.push(external_node_path_.basename(argv0));
    }
    catch {
        // Gone.
    }
    return names;
}


/***/ })

};
