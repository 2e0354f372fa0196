/**
 * Part of every page's one script bundle. Registers the service worker once the page has loaded (so a first visit
 * loads and renders exactly as before), and tells the student in a polite live region when the network drops and
 * when a new version of the site has been stored.
 */
import { SERVICE_WORKER_PATH } from '../shared/urls.ts';

const SHOWN_MS = 8000;
const MESSAGES = {
	offline: 'Je bent offline; de samenvatting, het zoeken en oefenen werken gewoon door.',
	offlineNotStored: 'Je bent offline. Pagina’s die nog niet op dit apparaat staan, laden pas weer met internet.',
	online: 'Je bent weer online.',
	updated: 'Nieuwe versie geladen: de nieuwste tekst staat nu ook offline op dit apparaat.',
} as const;

let region: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The live region exists (empty) from the start: screen readers announce changes to a region they already know. */
function liveRegion(): HTMLElement {
	if (!region) {
		region = document.createElement('div');
		region.className = 'offline-notice';
		region.setAttribute('role', 'status');
		document.body.append(region);
	}
	return region;
}

function announce(text: string): void {
	const box = document.createElement('p');
	box.textContent = text;
	liveRegion().replaceChildren(box);
	clearTimeout(timer);
	timer = setTimeout(() => liveRegion().replaceChildren(), SHOWN_MS);
}

const controlled = (): boolean => Boolean(navigator.serviceWorker?.controller);

addEventListener('offline', () => announce(controlled() ? MESSAGES.offline : MESSAGES.offlineNotStored));
addEventListener('online', () => announce(MESSAGES.online));

if ('serviceWorker' in navigator) {
	// Only a page that was already served by a worker gets a new one on an update; the very first install is silent.
	const hadController = controlled();
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (hadController) announce(MESSAGES.updated);
	});
	const register = (): void => {
		liveRegion();
		navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch((error: unknown) => {
			console.warn('Offline lezen is niet beschikbaar:', error);
		});
		// Opened without a network (from the cache): say so once, as when the network drops.
		if (!navigator.onLine) announce(controlled() ? MESSAGES.offline : MESSAGES.offlineNotStored);
	};
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
