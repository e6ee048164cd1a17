/** Stamped into every TrialResult as `harness_version`; bump with package.json. */
export const HARNESS_VERSION = '0.1.0';
