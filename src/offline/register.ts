/**
 * Part of every page's one script bundle, kept small because every first visit loads it: registers the service
 * worker once the page has loaded (so the page loads and renders as before), and loads the notice (notice.ts) only
 * when there is something to say: the network dropped or came back, or a new version of the site was stored.
 */
import { SERVICE_WORKER_PATH } from '../shared/urls.ts';
import type { NoticeKind } from './notice.ts';

if ('serviceWorker' in navigator) {
	let region: HTMLElement | undefined;
	const announce = (kind: NoticeKind): void => {
		// Offline, the notice's code comes from the worker's cache; without a worker there is nothing to promise.
		if (region && navigator.serviceWorker.controller) {
			const target = region;
			import('./notice.ts').then(
				(notice) => notice.show(target, kind),
				() => undefined,
			);
		}
	};
	// Only a page that was already served by a worker gets a new one on an update; the very first install is silent.
	const hadController = Boolean(navigator.serviceWorker.controller);
	navigator.serviceWorker.addEventListener('controllerchange', () => hadController && announce('updated'));
	addEventListener('offline', () => announce('offline'));
	addEventListener('online', () => announce('online'));
	const start = (): void => {
		// The live region exists, empty, before anything is said: screen readers announce changes to a region they know.
		region = document.createElement('div');
		region.className = 'offline-notice';
		region.setAttribute('role', 'status');
		// Out of the flow from the start (its stylesheet comes later, with the first notice): an empty block at the
		// end of <body> would otherwise add a blank last page to a printout.
		region.style.position = 'fixed';
		document.body.append(region);
		navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => undefined);
		// Opened without a network (from the cache): say so, as when the network drops.
		if (!navigator.onLine) announce('offline');
	};
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}
