/** Helpers for browser tests of the offline feature (src/offline/): waiting for the worker, reading its caches. */
import type { Page } from '@playwright/test';

/** Resolves once a service worker controls `page` (it registers after load, installs, then claims the page). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
		timeout: 60_000,
	});
}

/** Every cached URL (path and query) by cache name, as the page's origin sees them. */
export function cachedUrls(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const result: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			result[name] = (await cache.keys()).map((request) => {
				const url = new URL(request.url);
				return url.pathname + url.search;
			});
		}
		return result;
	});
}

/** The text of the cached copy of `path` in the precache, or undefined when there is none. */
export function precachedText(page: Page, path: string): Promise<string | undefined> {
	return page.evaluate(async (wanted) => {
		for (const name of await caches.keys()) {
			if (!name.includes('precache')) continue;
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				if (new URL(request.url).pathname === wanted) return (await cache.match(request))?.text();
			}
		}
		return undefined;
	}, path);
}
