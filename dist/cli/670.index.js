export const id = 670;
export const ids = [670];
export const modules = {

/***/ 1670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mcpCommand: () => (/* binding */ mcpCommand),
  runMcpCommand: () => (/* binding */ runMcpCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/mcp/context-data.js
var context_data = __webpack_require__(3948);
// EXTERNAL MODULE: ./lib/mcp/context-server.js
var context_server = __webpack_require__(9403);
// EXTERNAL MODULE: ./lib/mcp/logs-server.js
var logs_server = __webpack_require__(5501);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/mcp/file-log-source.js + 4 modules
var file_log_source = __webpack_require__(4918);
// EXTERNAL MODULE: ./lib/mcp/loki-log-source.js
var loki_log_source = __webpack_require__(8648);
;// CONCATENATED MODULE: ./lib/mcp/open-log-source.js





/**
 * A log source from one string: an http(s) URL is a Loki base URL (`http://loki:3100`), anything else a
 * directory or file of logs.
 * @throws UserInputError when the path does not exist or the URL is malformed, naming `what` (the flag or field).
 */
async function openLogSource(source, opts = {}) {
    const what = opts.what ?? 'log source';
    if (/^https?:\/\//i.test(source)) {
        if (!URL.canParse(source))
            throw new errors/* UserInputError */.m2(`${what}: "${source}" is not a valid URL; give Loki's base URL like http://localhost:3100`);
        return new loki_log_source/* LokiLogSource */.H4(source, opts.loki);
    }
    const abs = external_node_path_.resolve(source);
    try {
        await (0,promises_.stat)(abs);
    }
    catch {
        throw new errors/* UserInputError */.m2(`${what}: ${abs} does not exist; give a directory or file of logs, or a Loki URL (http://...)`);
    }
    return new file_log_source/* FileLogSource */.E(abs);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js
var stdio = __webpack_require__(9006);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/streamableHttp.js + 6 modules
var streamableHttp = __webpack_require__(6706);
;// CONCATENATED MODULE: ./lib/mcp/serve.js



/**
 * Serves MCP over Streamable HTTP at `http://127.0.0.1:<port>/mcp` in **stateless** mode: every POST gets a
 * fresh server from `factory` and a transport without session ids, answered as plain JSON. Our servers are
 * read-only and every tool call stands alone, so sessions would only add bookkeeping and a leak to guard
 * against; stateless also lets any number of clients share one port. GET (server-initiated SSE) and
 * DELETE (session end) answer 405, which MCP clients take as "not offered".
 * Only loopback is bound and the Host header must name it, against DNS rebinding from a browser.
 * @param port 0 picks a free port (see `handle.port`).
 * @throws Error when the port cannot be bound (in use, no permission).
 */
async function serveMcpHttp(factory, opts) {
    const log = opts.log ?? (() => { });
    const http = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((error) => {
            log(`request failed: ${error.message}`);
            if (!res.headersSent)
                reply(res, 500, 'Internal server error');
        });
    });
    let port = opts.port;
    async function handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const host = (req.headers.host ?? '').toLowerCase();
        if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
            return reply(res, 403, `Host ${host || '(none)'} is not allowed`);
        if (url.pathname !== '/mcp')
            return reply(res, 404, 'Not found: the MCP endpoint is /mcp');
        if (req.method !== 'POST')
            return reply(res, 405, 'Method not allowed: this server is stateless, POST only');
        const server = factory();
        const transport = new streamableHttp/* StreamableHTTPServerTransport */.D({ sessionIdGenerator: undefined, enableJsonResponse: true });
        res.on('close', () => {
            void transport.close().catch(() => { });
            void server.close().catch(() => { });
        });
        await server.connect(transport);
        await transport.handleRequest(req, res);
    }
    await new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(opts.port, '127.0.0.1', () => {
            http.off('error', reject);
            resolve();
        });
    });
    port = http.address().port;
    return {
        url: `http://127.0.0.1:${port}/mcp`,
        port,
        close: () => new Promise((resolve) => {
            http.close(() => resolve());
            http.closeAllConnections();
        })
    };
}
function reply(res, status, message) {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}
/**
 * Serves one MCP server over stdio until the client closes stdin or `signal` fires. Nothing but protocol
 * may reach `stdout`: callers log to stderr.
 */
async function serveMcpStdio(server, io) {
    const transport = new stdio/* StdioServerTransport */.S(io.stdin, io.stdout);
    // Set before connect(): the SDK's Protocol chains a handler that is already there.
    const closed = new Promise((resolve) => {
        transport.onclose = resolve;
    });
    await server.connect(transport);
    const stop = () => void server.close().catch(() => { });
    io.stdin.once('end', stop);
    io.stdin.once('close', stop);
    io.signal?.addEventListener('abort', stop, { once: true });
    if (io.signal?.aborted)
        stop();
    await closed;
    io.signal?.removeEventListener('abort', stop);
}

;// CONCATENATED MODULE: ./lib/cli/commands/mcp.js









const USAGE = `Usage:
  opsbench mcp logs --source DIR|FILE|LOKI_URL [--header "Name: value"]... [--http PORT]
  opsbench mcp context --data DIR [--chat FILE] [--tracker FILE] [--not-after TIME] [--http PORT]

Serves the harness's MCP servers to any MCP client.
  logs     tools list_labels, label_values, query_logs, log_stats, get_context over log files
           (JSON, logfmt or plain lines) or a Loki (--source http://loki:3100; --header for X-Scope-OrgID)
  context  tools list_channels, read_channel, search_chat (DIR/chat.json) and list_issues, get_issue,
           search_issues (DIR/issues.json); --chat/--tracker name other files; --not-after leaves out
           messages and issues newer than TIME (ISO)

Over stdio by default (stdout carries only the protocol; messages go to stderr). With --http PORT, serves
Streamable HTTP in stateless mode at http://127.0.0.1:PORT/mcp (PORT 0 picks a free port, printed on stderr)
until interrupted.
`;
/** Runs `opsbench mcp ...`. Resolves when the server stops (stdin closed, or `io.signal` aborted for --http). */
async function runMcpCommand(args, io, stdio = { stdin: process.stdin, stdout: process.stdout }) {
    const [kind, ...rest] = args;
    if (kind !== 'logs' && kind !== 'context') {
        io.stderr.write(`opsbench mcp: expected "logs" or "context"${kind ? `, got "${kind}"` : ''}\n\n${USAGE}`);
        return 2;
    }
    const { values } = (0,external_node_util_.parseArgs)({
        args: rest,
        options: {
            source: { type: 'string' },
            header: { type: 'string', multiple: true },
            data: { type: 'string' },
            chat: { type: 'string' },
            tracker: { type: 'string' },
            'not-after': { type: 'string' },
            http: { type: 'string' }
        },
        strict: true,
        allowPositionals: false
    });
    const port = values.http === undefined ? null : parsePort(values.http);
    let factory;
    let what;
    if (kind === 'logs') {
        if (!values.source) {
            io.stderr.write(`opsbench mcp logs: --source is required\n\n${USAGE}`);
            return 2;
        }
        const source = await openLogSource(values.source, { what: '--source', loki: { headers: parseHeaders(values.header ?? []) } });
        factory = () => (0,logs_server/* createLogsServer */.ZK)(source);
        what = source.describe();
    }
    else {
        const { chat, tracker } = contextFiles(values);
        const notAfter = values['not-after'] === undefined ? null : Date.parse(values['not-after']);
        if (Number.isNaN(notAfter))
            throw new errors/* UserInputError */.m2(`--not-after: "${values['not-after']}" is not a time; give an ISO time such as 2024-05-01T10:00:00Z`);
        const cut = { notAfter };
        const data = { chat: chat ? await (0,context_data/* loadChat */.Hg)(chat, cut) : null, issues: tracker ? await (0,context_data/* loadIssues */.l6)(tracker, cut) : null };
        factory = () => (0,context_server/* createContextServer */.F)(data);
        what = [chat, tracker].filter(Boolean).join(' and ');
    }
    if (port === null) {
        io.stderr.write(`opsbench mcp ${kind}: serving ${what} over stdio\n`);
        await serveMcpStdio(factory(), { ...stdio, signal: io.signal });
        return 0;
    }
    const handle = await serveMcpHttp(factory, { port, log: (line) => io.stderr.write(`opsbench mcp ${kind}: ${line}\n`) }).catch((error) => {
        throw new errors/* UserInputError */.m2(`--http ${port}: cannot listen on 127.0.0.1:${port} (${error.message})`, error);
    });
    io.stderr.write(`opsbench mcp ${kind}: serving ${what} at ${handle.url}\n`);
    await new Promise((resolve) => {
        if (io.signal?.aborted)
            resolve();
        io.signal?.addEventListener('abort', () => resolve(), { once: true });
    });
    await handle.close();
    return 0;
}
function parsePort(text) {
    const port = Number(text);
    if (!/^\d+$/.test(text) || port > 65535)
        throw new errors/* UserInputError */.m2(`--http: "${text}" is not a port; give a number 0-65535 (0 picks a free one)`);
    return port;
}
function parseHeaders(raw) {
    const headers = {};
    for (const h of raw) {
        const at = h.indexOf(':');
        if (at <= 0)
            throw new errors/* UserInputError */.m2(`--header: "${h}" must look like "Name: value", e.g. "X-Scope-OrgID: tenant1"`);
        headers[h.slice(0, at).trim()] = h.slice(at + 1).trim();
    }
    return headers;
}
/** DIR/chat.json and DIR/issues.json when present, or the files named by --chat / --tracker. */
function contextFiles(values) {
    if (!values.data && !values.chat && !values.tracker)
        throw new errors/* UserInputError */.m2('--data DIR is required (a directory with chat.json and/or issues.json)');
    const pick = (explicit, name) => {
        if (explicit) {
            if (!(0,external_node_fs_.existsSync)(explicit))
                throw new errors/* UserInputError */.m2(`--${name === 'chat.json' ? 'chat' : 'tracker'}: ${external_node_path_.resolve(explicit)} does not exist`);
            return external_node_path_.resolve(explicit);
        }
        const candidate = values.data ? external_node_path_.resolve(values.data, name) : null;
        return candidate && (0,external_node_fs_.existsSync)(candidate) ? candidate : null;
    };
    const chat = pick(values.chat, 'chat.json');
    const tracker = pick(values.tracker, 'issues.json');
    if (!chat && !tracker)
        throw new errors/* UserInputError */.m2(`--data: ${external_node_path_.resolve(values.data ?? '.')} has neither chat.json nor issues.json; add one or name files with --chat/--tracker`);
    return { chat, tracker };
}
const mcpCommand = {
    name: 'mcp',
    usage: USAGE,
    run: (args, io) => runMcpCommand(args, io)
};


/***/ })

};
