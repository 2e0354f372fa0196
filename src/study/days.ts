/**
 * Study days and the Dutch "over 3 dagen" labels (Intl.RelativeTimeFormat). A study day starts at DAY_STARTS_AT_HOUR local time; the
 * browser's clock and time zone decide (Playwright's `page.clock` moves both in tests).
 */
import { DAY_STARTS_AT_HOUR } from './config.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const shifted = (time: number): Date => new Date(time - DAY_STARTS_AT_HOUR * HOUR);

/** The study day of a moment as `YYYY-MM-DD` (local time, shifted by the day's start hour). */
export function studyDay(time: number): string {
	const date = shifted(time);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Days since an arbitrary epoch, counted in study days (so differences are whole calendar days, DST or not). */
const dayNumber = (time: number): number => {
	const date = shifted(time);
	return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / (24 * HOUR);
};

/** The moment the next study day begins. */
export function nextDayStart(time: number): number {
	const start = new Date(time);
	start.setHours(DAY_STARTS_AT_HOUR, 0, 0, 0);
	if (start.getTime() <= time) start.setDate(start.getDate() + 1);
	return start.getTime();
}

const relative = new Intl.RelativeTimeFormat('nl');

/**
 * When a card comes back, as a student reads it: "over 1 minuut", "over 10 minuten", "over 5 uur", "over 3 dagen",
 * "over 2 maanden", "over 1 jaar". A due moment on a later study day counts in days, not hours.
 */
export function whenLabel(due: number, now: number): string {
	const days = dayNumber(due) - dayNumber(now);
	if (days <= 0 || due - now < 12 * HOUR) {
		const minutes = Math.max(1, Math.round((due - now) / MINUTE));
		return minutes < 60 ? relative.format(minutes, 'minute') : relative.format(Math.round(minutes / 60), 'hour');
	}
	if (days < 31) return relative.format(days, 'day');
	if (days < 365) return relative.format(Math.round(days / 30), 'month');
	return relative.format(Math.round(days / 365), 'year');
}
