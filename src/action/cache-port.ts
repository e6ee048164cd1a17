import * as cache from '@actions/cache';

/** The part of @actions/cache the Action uses (tests run the real one against a cache service double). */
export interface CachePort {
  isFeatureAvailable(): boolean;
  /** @returns the key that matched (the primary key, or the newest entry under a restore-key prefix). */
  restoreCache(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export const actionsCache: CachePort = {
  // GitHub's local runner (@github/local-action) swaps in a cache with restore and save only, which answers a
  // restore-key match with the key asked for, not the entry's: a baseline could not name its commit. Off there.
  isFeatureAvailable: () => typeof cache.isFeatureAvailable === 'function' && cache.isFeatureAvailable(),
  restoreCache: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
  saveCache: (paths, key) => cache.saveCache(paths, key)
};
