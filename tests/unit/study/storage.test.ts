import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { PROGRESS_FORMAT } from '../../../src/study/config.ts';
import { migrateLegacy } from '../../../src/study/migrate.ts';
import { answer } from '../../../src/study/scheduler.ts';
import { State } from '../../../src/study/state.ts';
import { describeRefusal } from '../../../src/study/refusals.ts';
import {
	mergeProgress,
	PROGRESS_VERSION,
	readProgress,
	serializeProgress,
	type Progress,
} from '../../../src/study/storage.ts';
import { makeDue } from '../../../src/study/queue.ts';
import { parse } from '../../../src/study/progress-store.ts';

const now = new Date(2026, 11, 1, 10, 0).getTime();
const ids = new Set(['sales', 'lead', 'kam', 'swot']);
const chapters = new Set([1, 2, 3]);
const progress: Progress = {
	cards: { sales: answer(undefined, Rating.Good, now), kam: answer(undefined, Rating.Again, now) },
	chapter: 2,
};
const stored = (overrides: Record<string, unknown>) =>
	JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, chapter: 'all', cards: {}, ...overrides });

describe('progress storage', () => {
	it('round-trips, and an exported file reads back the same', () => {
		expect(readProgress(serializeProgress(progress), ids, chapters)).toEqual({ kind: 'ok', progress });
		const file = serializeProgress(progress, new Date(now));
		expect(JSON.parse(file).exported).toBe(new Date(now).toISOString());
		expect(readProgress(file, ids, chapters)).toEqual({ kind: 'ok', progress });
	});

	it('treats nothing stored as empty, not as an error', () => {
		expect(readProgress(null, ids, chapters)).toEqual({ kind: 'empty' });
		expect(readProgress('', ids, chapters)).toEqual({ kind: 'empty' });
	});

	it('drops cards of terms no longer in the glossary and an unknown chapter, keeping the rest', () => {
		const raw = serializeProgress({ cards: { ...progress.cards, removed: progress.cards.sales! }, chapter: 9 });
		expect(readProgress(raw, ids, chapters)).toEqual({
			kind: 'ok',
			progress: { cards: progress.cards, chapter: 'all' },
		});
	});

	it.each([
		['broken JSON', '{"format":', /geen geldig JSON-bestand/],
		['JSON that is not an object', '[1,2]', /geen voortgang van deze site/],
		['a foreign JSON file', JSON.stringify({ name: 'my-package', version: '1.0.0' }), /geen voortgang van deze site/],
		['a newer version', stored({ version: 3 }), /nieuwere versie van de site \(versie 3, deze pagina kent versie 2\)/],
		['an unknown version', stored({ version: 'x' }), /versie van de voortgang is onbekend/],
		['no cards', stored({ cards: null }), /kaarten ontbreken/],
		[
			'a card with a text date',
			stored({ cards: { sales: { ...progress.cards.sales, due: '2026-12-01' } } }),
			/"sales" heeft een ongeldige waarde voor het moment waarop hij terugkomt/,
		],
		[
			'a negative stability',
			stored({ cards: { sales: { ...progress.cards.sales, stability: -1 } } }),
			/ongeldige waarde voor de stabiliteit/,
		],
		[
			'an unknown state',
			stored({ cards: { sales: { ...progress.cards.sales, state: 7 } } }),
			/ongeldige waarde voor de leerstatus/,
		],
		[
			'a broken card among good ones',
			stored({ cards: { sales: progress.cards.sales, kam: 'x' } }),
			/"kam" is geen kaartgegeven/,
		],
		[
			'a bad start day',
			stored({ cards: { sales: { ...progress.cards.sales, first: 'gisteren' } } }),
			/ongeldige waarde voor de startdag/,
		],
		['a broken old mark', JSON.stringify({ version: 1, marks: { sales: 'maybe' } }), /versie 1.*onbekende markering/],
		['old progress without marks', JSON.stringify({ version: 1, marks: 'x' }), /versie 1.*markeringen ontbreken/],
	])('refuses %s with a Dutch reason', (_label, raw, reason) => {
		const result = readProgress(raw, ids, chapters);
		expect(result.kind).toBe('refused');
		expect(result.kind === 'refused' && describeRefusal(result.refusal)).toMatch(reason);
	});
});

describe('migration from the first trainer (version 1)', () => {
	// Exactly what the first trainer wrote (its serializeState), version 1.
	const legacy = JSON.stringify({
		version: 1,
		marks: { sales: 'known', lead: 'practice', gone: 'known' },
		chapter: 2,
		onlyUnknown: true,
		current: 'lead',
	});

	it('is recognised, and every mark of a term that still exists is carried over', () => {
		const result = readProgress(legacy, ids, chapters);
		expect(result).toEqual({ kind: 'legacy', legacy: { marks: { sales: 'known', lead: 'practice' }, chapter: 2 } });
		if (result.kind !== 'legacy') return;
		const migrated = migrateLegacy(result.legacy, now);
		expect(Object.keys(migrated.cards).sort()).toEqual(['lead', 'sales']);
		expect(migrated.cards.sales!.state).toBe(State.Review);
		expect(migrated.cards.lead!.due - now).toBe(60_000);
		expect(migrated.chapter).toBe(2);
		// Carried-over cards are not "new today", so they do not eat the daily limit.
		expect(Object.values(migrated.cards).some((card) => card.first !== undefined)).toBe(false);
		// And the migrated value is valid version-2 progress.
		expect(readProgress(serializeProgress(migrated), ids, chapters)).toEqual({ kind: 'ok', progress: migrated });
	});
});

describe('two tabs saving', () => {
	const later = now + 60_000;
	it('keeps every card of both, the newer review winning where both have one', () => {
		const theirs: Progress = {
			cards: { lead: answer(undefined, Rating.Good, later), sales: progress.cards.sales! },
			chapter: 1,
		};
		const mine: Progress = {
			cards: { ...progress.cards, sales: answer(progress.cards.sales, Rating.Easy, later) },
			chapter: 2,
		};
		const merged = mergeProgress(theirs, mine);
		expect(Object.keys(merged.cards).sort()).toEqual(['kam', 'lead', 'sales']);
		expect(merged.cards.sales).toEqual(mine.cards.sales);
		expect(merged.cards.lead).toEqual(theirs.cards.lead);
		// The other way round: my stale copy of a card the other tab answered since loses.
		expect(mergeProgress(mine, { ...progress, chapter: 3 }).cards.sales).toEqual(mine.cards.sales);
		// This tab's chapter filter stays this tab's.
		expect(merged.chapter).toBe(2);
	});

	it('keeps a quiz\'s "due now" over a stale copy of the same review', () => {
		const quiz: Progress = { ...progress, cards: { ...progress.cards, sales: makeDue(progress.cards.sales, later) } };
		expect(mergeProgress(quiz, progress).cards.sales).toEqual(quiz.cards.sales);
		expect(mergeProgress(progress, quiz).cards.sales).toEqual(quiz.cards.sales);
	});

	it("takes the larger extra for the same day, else the later day's", () => {
		const a: Progress = { ...progress, more: { day: '2026-12-01', extra: { all: 10 } } };
		const b: Progress = { ...progress, more: { day: '2026-12-01', extra: { all: 20, '1': 10 } } };
		expect(mergeProgress(a, b).more).toEqual({ day: '2026-12-01', extra: { all: 20, '1': 10 } });
		const c: Progress = { ...progress, more: { day: '2026-12-02', extra: { '2': 10 } } };
		expect(mergeProgress(c, a).more).toEqual(c.more);
	});

	it('stores the extra with the progress and drops a malformed one', () => {
		const withMore: Progress = { ...progress, more: { day: '2026-12-01', extra: { all: 10 } } };
		expect(parse(serializeProgress(withMore), ids, chapters, now)).toEqual({ progress: withMore, migrated: false });
		expect(parse(stored({ more: { day: 'gisteren', extra: {} } }), ids, chapters, now)).toEqual({
			progress: { cards: {}, chapter: 'all' },
			migrated: false,
		});
	});
});
