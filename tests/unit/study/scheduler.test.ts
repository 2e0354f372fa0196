import { Rating, State as FsrsState } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { nextDayStart, studyDay, whenLabel } from '../../../src/study/days.ts';
import { ANSWERS, answer, fromMark, preview } from '../../../src/study/scheduler.ts';
import { State } from '../../../src/study/state.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// A Tuesday at 10:00 local time.
const now = new Date(2026, 11, 1, 10, 0).getTime();

describe('study days', () => {
	it('starts a study day at 04:00, so 02:00 still belongs to the day before', () => {
		expect(studyDay(now)).toBe('2026-12-01');
		expect(studyDay(new Date(2026, 11, 2, 2, 0).getTime())).toBe('2026-12-01');
		expect(studyDay(new Date(2026, 11, 2, 4, 0).getTime())).toBe('2026-12-02');
		expect(nextDayStart(now)).toBe(new Date(2026, 11, 2, 4, 0).getTime());
		expect(nextDayStart(new Date(2026, 11, 2, 2, 0).getTime())).toBe(new Date(2026, 11, 2, 4, 0).getTime());
	});

	it.each([
		[1 * MINUTE, 'over 1 minuut'],
		[10 * MINUTE, 'over 10 minuten'],
		[3 * 60 * MINUTE, 'over 3 uur'],
		[1 * DAY, 'over 1 dag'],
		[3 * DAY, 'over 3 dagen'],
		[60 * DAY, 'over 2 maanden'],
		[400 * DAY, 'over 1 jaar'],
	])('says when a card %i ms away comes back: %s', (delta, label) => {
		expect(whenLabel(now + delta, now)).toBe(label);
	});
});

describe('scheduler', () => {
	it('keeps its state numbers in step with ts-fsrs', () => {
		expect(State).toEqual({
			New: FsrsState.New,
			Learning: FsrsState.Learning,
			Review: FsrsState.Review,
			Relearning: FsrsState.Relearning,
		});
	});

	it('offers the four answers in order with keys 1–4', () => {
		expect(ANSWERS.map((a) => [a.label, a.key, a.grade])).toEqual([
			['Opnieuw', '1', Rating.Again],
			['Moeilijk', '2', Rating.Hard],
			['Goed', '3', Rating.Good],
			['Makkelijk', '4', Rating.Easy],
		]);
	});

	it('previews a new card as Anki does: 1 minute, 6 minutes, 10 minutes, some days', () => {
		const labels = preview(undefined, now).map((outcome) => outcome.label);
		expect(labels.slice(0, 3)).toEqual(['over 1 minuut', 'over 6 minuten', 'over 10 minuten']);
		expect(labels[3]).toMatch(/^over \d+ dagen$/);
	});

	it('gives the interval it previewed, and a card answered Goed twice leaves the learning steps', () => {
		const [, , good] = preview(undefined, now);
		const first = answer(undefined, Rating.Good, now);
		expect(first.due).toBe(good!.due);
		expect(first.state).toBe(State.Learning);
		expect(first.first).toBe('2026-12-01');
		const later = now + 10 * MINUTE;
		const second = answer(first, Rating.Good, later);
		expect(second.state).toBe(State.Review);
		expect(second.due - later).toBeGreaterThanOrEqual(DAY);
		// The day it was first studied stays, whatever comes after.
		expect(second.first).toBe('2026-12-01');
		expect(second.reps).toBe(2);
	});

	it('sends a forgotten review card back to relearning', () => {
		const review = answer(answer(undefined, Rating.Good, now), Rating.Good, now + 10 * MINUTE);
		const lapse = answer(review, Rating.Again, review.due);
		expect(lapse.state).toBe(State.Relearning);
		expect(lapse.lapses).toBe(1);
		expect(lapse.due - review.due).toBe(10 * MINUTE);
	});

	it('turns an old "Ken ik" into a learned card and "Nog oefenen" into one due within a minute', () => {
		const known = fromMark('known', now);
		expect(known.state).toBe(State.Review);
		expect(known.due - now).toBeGreaterThan(2 * DAY);
		const practice = fromMark('practice', now);
		expect(practice.state).toBe(State.Learning);
		expect(practice.due - now).toBe(MINUTE);
	});
});
