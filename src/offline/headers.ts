/** Host headers the offline feature needs; the security-headers step writes them into dist/_headers after the site's. */
import type { HeaderRule } from '../security-headers/headers.ts';
import { MANIFEST_PATH, SERVICE_WORKER_PATH } from '../shared/urls.ts';
import { MANIFEST_TYPE } from './manifest.ts';

/**
 * A service worker must not be cached by the host: browsers check it for a new version on each visit, and a cached
 * copy would keep the old site for as long as the cache lasts. The manifest is served with its own type.
 */
export const OFFLINE_HEADER_RULES: readonly HeaderRule[] = [
	{ path: SERVICE_WORKER_PATH, headers: { 'Cache-Control': 'no-cache' } },
	{ path: MANIFEST_PATH, headers: { 'Content-Type': MANIFEST_TYPE } },
];
