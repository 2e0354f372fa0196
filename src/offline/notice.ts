/**
 * The offline / update notice, loaded by register.ts only when it has something to say; its stylesheet is linked
 * only then too, so a first visit loads neither. (Astro drops CSS imported by a lazily loaded script chunk.)
 */
import stylesheet from './notice.css?url';

const MESSAGES = {
	offline: 'Je bent offline; de samenvatting, het zoeken en oefenen werken gewoon door.',
	online: 'Je bent weer online.',
	updated: 'Nieuwe versie geladen: de nieuwste tekst staat nu ook offline op dit apparaat.',
} as const;

export type NoticeKind = keyof typeof MESSAGES;

/** Long enough to read twice; then the notice goes, since nothing needs doing about it. */
const SHOWN_MS = 8000;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Resolves once the notice's stylesheet is there (added on the first notice), so it never shows unstyled. */
let styled: Promise<unknown> | undefined;
const style = (): Promise<unknown> =>
	(styled ??= new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
		link.addEventListener('load', resolve);
		link.addEventListener('error', resolve);
		document.head.append(link);
	}));

/** Says `kind` in `region` (a polite live region, `role="status"`) for a few seconds. */
export async function show(region: HTMLElement, kind: NoticeKind): Promise<void> {
	await style();
	const box = document.createElement('p');
	box.textContent = MESSAGES[kind];
	region.replaceChildren(box);
	clearTimeout(timer);
	timer = setTimeout(() => region.replaceChildren(), SHOWN_MS);
}
