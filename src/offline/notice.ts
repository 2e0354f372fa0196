/**
 * The offline / update notice, loaded by register.ts only when it has something to say; its stylesheet is linked
 * only then too, so a first visit loads neither. (Astro drops CSS imported by a lazily loaded script chunk.)
 */
import stylesheet from './notice.css?url';

const MESSAGES = {
	offline: 'Je bent offline; de samenvatting, het zoeken en oefenen werken gewoon door.',
	online: 'Je bent weer online.',
} as const;

export type NoticeKind = keyof typeof MESSAGES;

/** Long enough to read twice; then the notice goes, since nothing needs doing about it. */
const SHOWN_MS = 8000;
let timer: ReturnType<typeof setTimeout> | undefined;
let shown: HTMLElement | undefined;

/** Resolves once the notice's stylesheet is there (added on the first notice), so it never shows unstyled. */
let styled: Promise<unknown> | undefined;
const style = (): Promise<unknown> =>
	(styled ??= new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
		link.addEventListener('load', resolve);
		link.addEventListener('error', resolve);
		document.head.append(link);
	}));

/** Says `kind` in `region` (a polite live region, `role="status"`) for a few seconds, above an update offer. */
export async function show(region: HTMLElement, kind: NoticeKind): Promise<void> {
	await style();
	const box = document.createElement('p');
	box.textContent = MESSAGES[kind];
	shown?.remove();
	shown = box;
	region.prepend(box);
	clearTimeout(timer);
	timer = setTimeout(() => box.remove(), SHOWN_MS);
}

/**
 * Says that a new version is ready, with a button to load it; it stays until the student uses it (this tab goes on
 * working with its own version until then). `load` lets the new version take over and reloads the page.
 */
export async function offerUpdate(region: HTMLElement, load: () => Promise<void> | void): Promise<void> {
	await style();
	if (region.querySelector('.offline-notice__update')) return;
	const box = document.createElement('p');
	box.className = 'offline-notice__update';
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = 'Nieuwe versie laden';
	button.addEventListener('click', () => {
		button.disabled = true;
		button.textContent = 'Laden…';
		void load();
	});
	box.append('Er staat een nieuwe versie van de samenvatting klaar.', button);
	region.append(box);
}
