export const id = 597;
export const ids = [597];
export const modules = {

/***/ 9597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupDockerRun: () => (/* binding */ cleanupDockerRun),
/* harmony export */   dockerCleaner: () => (/* binding */ dockerCleaner)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1915);
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1617);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(826);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5898);





/**
 * The post step's cleaner: removes every container, network and volume labelled with the run's id, e.g.
 * what a cancelled or crashed job left. Without a daemon there is nothing to clean (and nothing leaked).
 */
function dockerCleaner(options) {
    return async (runId, opts) => {
        const docker = options.docker ?? 'docker';
        const why = await (0,_select_js__WEBPACK_IMPORTED_MODULE_4__/* .probeDocker */ .D5)(5000, docker);
        if (why !== null) {
            opts.log?.(`docker cleanup: skipped (${why})`);
            return 0;
        }
        const cli = new _cli_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerCli */ .Vo({ env: (0,_isolation_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerCliEnv */ .Yf)(options.hostEnv), cwd: node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir(), docker, log: opts.log });
        const removed = await (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .removeLabelled */ .ux)(cli, _labels_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_LABEL */ .jQ, runId, { log: opts.log });
        if (removed > 0)
            opts.log?.(`docker cleanup: removed ${removed} container(s)/network(s)/volume(s) labelled ${_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_LABEL */ .jQ}=${runId}`);
        return removed;
    };
}
const cleanupDockerRun = (runId, opts) => dockerCleaner({ hostEnv: opts.hostEnv })(runId, opts);


/***/ })

};
