export const id = 295;
export const ids = [295];
export const modules = {

/***/ 295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _task_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9865);


const USAGE = `Usage: opsbench validate [TASK_DIR...]

Schema-checks tasks without running anything: task.yaml (or APEX-SWE's layouts), the files it names,
patches, compose services, context files. A directory that is not itself a task is searched for tasks.
Default: tasks

Exit 0 with a one-line summary when every task is valid; otherwise exit 1 with one
"path: field: problem" line per problem on stderr.
`;
/** `opsbench validate [DIR...]` (docs/architecture.md "The CLI"). */
const validateCommand = {
    name: 'validate',
    usage: USAGE,
    async run(args, io) {
        const { positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: {}, allowPositionals: true, strict: true });
        const dirs = positionals.length > 0 ? positionals : ['tasks'];
        const { tasks, problems } = await (0,_task_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTaskSet */ .cP)(dirs, { env: process.env });
        if (problems.length > 0) {
            io.stderr.write(`${problems.join('\n')}\n`);
            return 1;
        }
        io.stdout.write(`${tasks.length} task${tasks.length === 1 ? '' : 's'} valid\n`);
        return 0;
    }
};


/***/ })

};
