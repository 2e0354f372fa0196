/**
 * Fills in the home page's progress summary (ProgressSummary.astro). Kept to reading and counting — no scheduler —
 * so it stays within the home page's 1 KB budget; the trainer migrates old marks, here they count as learned.
 */
import { STORAGE_KEY } from './config.ts';
import { isDue, isLearned } from './queue.ts';
import { readProgress } from './storage.ts';

const rows = [...document.querySelectorAll<HTMLElement>('[data-sp-chapter]')];
const ids = rows.map((row) => (row.dataset.ids ?? '').split(' '));
let raw: string | null = null;
try {
	raw = localStorage.getItem(STORAGE_KEY);
} catch {
	// Blocked storage: nothing studied as far as this page can tell.
}
const result = readProgress(raw, new Set(ids.flat()), new Set());
const now = Date.now();
if (result.kind === 'refused') document.querySelector<HTMLElement>('[data-sp-broken]')!.hidden = false;
else
	rows.forEach((row, index) => {
		let learned = 0;
		let due = 0;
		for (const id of ids[index]!) {
			const card = result.kind === 'ok' ? result.progress.cards[id] : undefined;
			if (card ? isLearned(card, now) : result.kind === 'legacy' && result.legacy.marks[id] === 'known') learned++;
			if (card && isDue(card, now)) due++;
		}
		row.querySelector('[data-sp-learned]')!.textContent = String(learned);
		row.querySelector('[data-sp-due]')!.textContent = String(due);
	});
