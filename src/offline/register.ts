/**
 * Part of every page's one script bundle, kept small because every first visit loads it: once the page has loaded
 * (so it loads and renders as before), registers the service worker with workbox-window (a chunk of its own), and
 * loads the notice (notice.ts) only when there is something to say: the network dropped or came back, or a new
 * version of the site is ready. A new version waits until the student asks for it: then the page tells the new
 * worker to take over and reloads once it does.
 */
import { BASE, SERVICE_WORKER_PATH } from '../shared/urls.ts';
import type { NoticeKind } from './notice.ts';

if ('serviceWorker' in navigator) {
	let region: HTMLElement | undefined;
	const notice = () => import('./notice.ts');
	const announce = (kind: NoticeKind): void => {
		// Offline, the notice's code comes from the worker's cache; without a worker there is nothing to promise.
		if (region && navigator.serviceWorker.controller) {
			const target = region;
			notice().then(
				(module) => module.show(target, kind),
				() => undefined,
			);
		}
	};
	addEventListener('offline', () => announce('offline'));
	addEventListener('online', () => announce('online'));
	const start = async (): Promise<void> => {
		// The live region exists, empty, before anything is said: screen readers announce changes to a region they know.
		const live = document.createElement('div');
		live.className = 'offline-notice';
		live.setAttribute('role', 'status');
		// Out of the flow from the start (its stylesheet comes later, with the first notice): an empty block at the
		// end of <body> would otherwise add a blank last page to a printout.
		live.style.position = 'fixed';
		document.body.append(live);
		region = live;
		// Opened without a network (from the cache): say so, as when the network drops.
		if (!navigator.onLine) announce('offline');
		try {
			const { Workbox } = await import('workbox-window');
			const worker = new Workbox(SERVICE_WORKER_PATH, { scope: BASE });
			// Also when a new version was already waiting from an earlier visit.
			worker.addEventListener('waiting', () => {
				void notice().then((module) =>
					module.offerUpdate(live, async () => {
						// Another tab may have let the new version in already: then this one only needs a reload.
						if (!(await navigator.serviceWorker.getRegistration(BASE))?.waiting) return location.reload();
						worker.addEventListener('controlling', () => location.reload());
						worker.messageSkipWaiting();
					}),
				);
			});
			await worker.register();
		} catch (error) {
			console.error('Service worker: not registered, so the site will not work offline.', error);
		}
	};
	if (document.readyState === 'complete') void start();
	else addEventListener('load', () => void start(), { once: true });
}
