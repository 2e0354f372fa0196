/**
 * Opens the term previews that rehype-term-previews.ts puts on chapter pages: on hover with a mouse, on keyboard
 * focus, and on the first tap on a touch screen (which then does not follow the link; "Lees meer in de
 * begrippenlijst" in the preview does). Each preview is a `popover="auto"`: the browser keeps one open at a time
 * and closes it on Escape or a tap outside; its close button needs no script. A browser without the Popover API
 * keeps plain links to the glossary.
 */
const LINK = 'a.term-preview__link[data-term-tip]';
/** The definition opens as a sheet at the bottom of a phone's screen (CSS) and beside its word on a wider one. */
const BESIDE_WORD = matchMedia('(min-width: 50rem)');
/** Time to move the mouse from a word onto its definition (to follow "Lees meer") before it closes. */
const HOVER_GRACE_MS = 300;
const GAP = 6;
const EDGE = 8;

interface Open {
	link: HTMLAnchorElement;
	tip: HTMLElement;
	/** How it was opened: a tap keeps it open until dismissed; hover and focus close it when they leave. */
	by: 'hover' | 'focus' | 'tap';
}

let current: Open | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
/** The word whose preview was open when a tap on it began: the browser closes it as a tap outside, and it stays shut. */
let tappedOpen: HTMLAnchorElement | undefined;

const linkOf = (target: EventTarget | null): HTMLAnchorElement | null =>
	target instanceof Element ? target.closest<HTMLAnchorElement>(LINK) : null;

const tipOf = (link: HTMLAnchorElement): HTMLElement | null => document.getElementById(link.dataset.termTip!);

const isOpen = (tip: HTMLElement) => tip.matches(':popover-open');

/** Below the word (its last line), or above it when there is no room below; always inside the window. */
function place({ link, tip }: Open): void {
	if (!BESIDE_WORD.matches) {
		tip.style.removeProperty('top');
		tip.style.removeProperty('left');
		return;
	}
	const lines = link.getClientRects();
	const word = lines[lines.length - 1] ?? link.getBoundingClientRect();
	const { width, height } = tip.getBoundingClientRect();
	const below = word.bottom + GAP;
	const top = below + height <= innerHeight - EDGE ? below : Math.max(EDGE, word.top - GAP - height);
	const left = Math.min(Math.max(EDGE, word.left), innerWidth - EDGE - width);
	tip.style.top = `${top}px`;
	tip.style.left = `${Math.max(EDGE, left)}px`;
}

function open(link: HTMLAnchorElement, by: Open['by']): void {
	const tip = tipOf(link);
	if (!tip) return;
	clearTimeout(hideTimer);
	// `source` ties the popover to its word (nesting, focus order after the word).
	if (!isOpen(tip)) tip.showPopover({ source: link } as ShowPopoverOptions);
	current = { link, tip, by };
	place(current);
}

function close(): void {
	clearTimeout(hideTimer);
	if (current && isOpen(current.tip)) current.tip.hidePopover();
	current = undefined;
}

function closeSoon(): void {
	clearTimeout(hideTimer);
	hideTimer = setTimeout(close, HOVER_GRACE_MS);
}

if (typeof HTMLElement.prototype.showPopover === 'function') {
	addEventListener('pointerover', (event) => {
		if (event.pointerType !== 'mouse') return;
		const link = linkOf(event.target);
		if (link) open(link, current?.link === link ? current.by : 'hover');
		else if (current && current.tip.contains(event.target as Node)) clearTimeout(hideTimer);
	});
	addEventListener('pointerout', (event) => {
		if (event.pointerType !== 'mouse' || current?.by !== 'hover') return;
		const to = event.relatedTarget as Node | null;
		if (to && (current.link.contains(to) || current.tip.contains(to))) return;
		closeSoon();
	});
	// Keyboard focus only: a tap or click also focuses the word, but then the tap decides.
	addEventListener('focusin', (event) => {
		const link = linkOf(event.target);
		if (link?.matches(':focus-visible')) open(link, 'focus');
	});
	addEventListener('focusout', (event) => {
		if (current?.by !== 'focus' || linkOf(event.target) !== current.link) return;
		const to = event.relatedTarget as Node | null;
		if (!to || !current.tip.contains(to)) close();
	});
	addEventListener(
		'pointerdown',
		(event) => {
			const link = linkOf(event.target);
			tappedOpen = link && current?.link === link && isOpen(current.tip) ? link : undefined;
		},
		true,
	);
	addEventListener('click', (event) => {
		const link = linkOf(event.target);
		const pointer = (event as PointerEvent).pointerType;
		if (!link || (pointer !== 'touch' && pointer !== 'pen')) return;
		event.preventDefault();
		if (tappedOpen === link) close();
		else open(link, 'tap');
		tappedOpen = undefined;
	});
	// Escape or a tap outside closes the popover without us; forget it then.
	addEventListener(
		'toggle',
		(event) => {
			if ((event as ToggleEvent).newState === 'closed' && event.target === current?.tip) current = undefined;
		},
		true,
	);
	const follow = () => current && place(current);
	addEventListener('scroll', follow, { capture: true, passive: true });
	addEventListener('resize', follow, { passive: true });
}
