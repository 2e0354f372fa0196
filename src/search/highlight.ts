/**
 * On the page a search result leads to: the searched words (the link's `?zoekterm=` values, as corrected in the
 * dialog) marked in the main text as whole words (with a short ending: *verkopers* for `verkoper`, not *verdeeld*
 * for `deel`), never function words or text the index skips; then the first mark in the linked section is brought
 * into view, with that section's heading kept on top so "Op deze pagina" names it.
 */
import { HIGHLIGHT_PARAM } from './options.ts';
import { STOP_WORDS } from './query.ts';
import { fold, wordsOf } from '../shared/words.ts';

export const MARK_CLASS = 'pagefind-highlight';
/** Letters a marked word may have beyond the searched word: plural and inflection endings. */
const MAX_ENDING = 2;
const SKIP = 'script, style, svg, mark, [data-pagefind-ignore], [role="tooltip"]';

const matches = (word: string, searched: readonly string[]) =>
	searched.some((s) => word.startsWith(s) && word.length - s.length <= MAX_ENDING);

function markText(node: Text, searched: readonly string[]): HTMLElement[] {
	const parts = (node.data.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? []) as string[];
	if (!parts.some((part) => matches(fold(part), searched))) return [];
	const marks: HTMLElement[] = [];
	const nodes = parts.map((part) => {
		if (!matches(fold(part), searched)) return part;
		const mark = document.createElement('mark');
		mark.className = MARK_CLASS;
		mark.textContent = part;
		marks.push(mark);
		return mark;
	});
	node.replaceWith(...nodes);
	return marks;
}

function showFirst(marks: readonly HTMLElement[]) {
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	const first =
		(target && marks.find((mark) => target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) ??
		marks[0];
	if (!first) return;
	first.classList.add(`${MARK_CLASS}--current`);
	target?.scrollIntoView({ block: 'start' });
	const box = first.getBoundingClientRect();
	if (!target || box.bottom > innerHeight || box.top < 0) first.scrollIntoView({ block: 'center' });
}

export function highlightSearchedWords(root: ParentNode = document.querySelector('main') ?? document.body) {
	const searched = [
		...new Set(
			new URLSearchParams(location.search)
				.getAll(HIGHLIGHT_PARAM)
				.flatMap(wordsOf)
				.filter((word) => !STOP_WORDS.has(word)),
		),
	];
	if (searched.length === 0) return;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	const marks = texts.flatMap((text) => markText(text, searched));
	// After the browser's own jump to the #anchor, so ours wins.
	if (document.readyState === 'complete') showFirst(marks);
	else addEventListener('load', () => showFirst(marks), { once: true });
}
