/**
 * The browser side of the stored progress, shared by the trainer and the quiz: read it (migrating the first
 * trainer's marks), save it, and never overwrite a stored value that could not be read.
 */
import { STORAGE_KEY } from './config.ts';
import { migrateLegacy } from './migrate.ts';
import { describeRefusal } from './refusals.ts';
import { emptyProgress, mergeProgress, moreOf, readProgress, serializeProgress, type Progress } from './storage.ts';

export interface LoadedProgress {
	progress: Progress;
	/** Dutch text for the student: the old marks were carried over, or the stored value was refused and kept. */
	notice?: { tone: 'ok' | 'warn'; text: string };
	/** False while a refused value is in storage: saving would destroy it. Cleared by an import or a reset. */
	writable: boolean;
}

function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		// Storage blocked by the browser: studying still works, it is just forgotten on reload.
		return null;
	}
}

/** Reads `raw` (stored or imported) into progress; legacy marks are migrated at `now`. */
export function parse(
	raw: string | null,
	cardIds: ReadonlySet<string>,
	chapters: ReadonlySet<number>,
	now: number,
): { progress: Progress; migrated: boolean } | { refused: string } {
	const result = readProgress(raw, cardIds, chapters);
	if (result.kind === 'refused') return { refused: describeRefusal(result.refusal) };
	if (result.kind === 'legacy') return { progress: migrateLegacy(result.legacy, now), migrated: true };
	return {
		progress: result.kind === 'ok' ? { ...result.progress, ...moreOf(result.more) } : emptyProgress(),
		migrated: false,
	};
}

export function loadProgress(cardIds: ReadonlySet<string>, chapters: ReadonlySet<number>, now: number): LoadedProgress {
	let raw: string | null;
	try {
		raw = storage()?.getItem(STORAGE_KEY) ?? null;
	} catch {
		// Reading can throw too (blocked storage): nothing stored, as far as this page can tell.
		raw = null;
	}
	const parsed = parse(raw, cardIds, chapters, now);
	if ('refused' in parsed) {
		return {
			progress: emptyProgress(),
			writable: false,
			notice: {
				tone: 'warn',
				text: `Je opgeslagen voortgang kon niet worden gelezen: ${parsed.refused} Er is niets gewist of veranderd. Importeer een exportbestand, of kies “Voortgang wissen” om opnieuw te beginnen; tot dan wordt wat je nu oefent niet bewaard.`,
			},
		};
	}
	if (parsed.migrated) {
		saveProgress(parsed.progress);
		return {
			progress: parsed.progress,
			writable: true,
			notice: {
				tone: 'ok',
				text: 'Je eerdere markeringen “Ken ik” en “Nog oefenen” zijn overgenomen in het nieuwe herhaalschema.',
			},
		};
	}
	return { progress: parsed.progress, writable: true };
}

/**
 * Saves this tab's progress over what is stored now (another tab may have saved since this one read it): the stored
 * value is read again and merged per card, the newer review winning. Returns the merged progress, which the tab
 * then works with; a stored value that cannot be read is never overwritten (the tab's own progress comes back).
 */
export function commitProgress(
	mine: Progress,
	cardIds: ReadonlySet<string>,
	chapters: ReadonlySet<number>,
	now: number,
): Progress {
	const loaded = loadProgress(cardIds, chapters, now);
	if (!loaded.writable) return mine;
	const merged = mergeProgress(loaded.progress, mine);
	saveProgress(merged);
	return merged;
}

/** Saves, replacing what is stored (an import or a reset); false when the browser refused (full or blocked storage). */
export function saveProgress(progress: Progress): boolean {
	try {
		const store = storage();
		store?.setItem(STORAGE_KEY, serializeProgress(progress));
		return Boolean(store);
	} catch {
		return false;
	}
}

export function clearProgress(): void {
	try {
		storage()?.removeItem(STORAGE_KEY);
	} catch {
		// Nothing stored that could be removed.
	}
}
