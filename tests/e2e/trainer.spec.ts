import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CARDS_PER_SHEET, NEW_CARDS_BATCH, NEW_CARDS_PER_DAY } from '../../src/study/config.ts';

/**
 * The glossary as the YAML file lists it, read independently of the site's own loader: one top-level `- ` item per
 * term, each with an `id:` and `chapter:` line.
 */
const yaml = readFileSync(new URL('../../src/content/glossary.yaml', import.meta.url), 'utf8');
const glossary = yaml
	.split(/^- /m)
	.slice(1)
	.map((item) => ({
		id: /^(?: {2})?id:\s*(\S+)\s*$/m.exec(item)?.[1] ?? '',
		chapter: Number(/^ {2}chapter:\s*(\d+)\s*$/m.exec(item)?.[1]),
	}));

const URL_PATH = '/oefenen/';
const KEY = 'samenvatting-sam.flashcards';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A Tuesday morning in the students' time zone; every test that schedules starts here. */
const T0 = new Date('2026-12-01T10:00:00+01:00').getTime();
const newToday = (studied = 0) => Math.min(glossary.length - studied, NEW_CARDS_PER_DAY - studied);

// Generous per-test budget: the suite shares 2 cores with builds, and an axe run or a PDF can take a while.
test.describe.configure({ timeout: 60_000 });
test.use({ timezoneId: 'Europe/Amsterdam' });

const app = (page: Page) => page.locator('[data-fc-app]');
const card = (page: Page) => page.locator('[data-fc-card]');
const today = (page: Page) => page.locator('[data-fc-today]');
const status = (page: Page) => app(page).getByRole('status');
const message = (page: Page) => app(page).getByRole('alert');
/** One of the four answers, by its label ("Goed" also matches its interval: "Goed over 10 minuten"). */
const answerButton = (page: Page, label: 'Opnieuw' | 'Moeilijk' | 'Goed' | 'Makkelijk') =>
	app(page).getByRole('button', { name: new RegExp(`^${label}\\b`) });
const currentTerm = (page: Page) => page.locator('[data-fc-term]').innerText();

async function open(page: Page, time?: number): Promise<void> {
	if (time !== undefined) await page.clock.install({ time });
	await page.goto(URL_PATH);
	await expect(app(page)).toBeVisible();
}

/** Flips the current card and answers it; returns the term and the interval its button promised. */
async function study(page: Page, label: Parameters<typeof answerButton>[1]): Promise<{ term: string; when: string }> {
	const term = await currentTerm(page);
	await card(page).click();
	await expect(card(page)).toHaveAttribute('data-flipped', 'true');
	const when = (await answerButton(page, label).locator('[data-fc-when]').innerText()).trim();
	await answerButton(page, label).click();
	await expect(status(page)).toContainText(`${label}: ${term} komt ${when} terug.`);
	return { term, when };
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

test.beforeAll(() => {
	expect(glossary.length, 'glossary.yaml has entries').toBeGreaterThan(0);
	for (const entry of glossary) {
		expect(entry.id, 'every YAML entry has an id').not.toBe('');
		expect(entry.chapter, `chapter of ${entry.id}`).toBeGreaterThan(0);
	}
});

test('the page does not jump when the trainer appears', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	// Hold the page's script back, so the page is seen as it is before the trainer is set up.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/.*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	// Module scripts run before DOMContentLoaded, so wait for the parsed page and its stylesheet instead.
	await page.goto(URL_PATH, { waitUntil: 'commit' });
	await page.waitForFunction(
		() =>
			document.readyState !== 'loading' && [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/')),
	);
	const footerTop = () =>
		page
			.locator('footer')
			.first()
			.evaluate((el) => Math.round(el.getBoundingClientRect().top));
	const before = await footerTop();
	await expect(app(page)).toBeHidden();
	release();
	await expect(app(page)).toBeVisible();
	await expect(card(page)).toBeVisible();
	// Only the first card's own text may make the card a few pixels taller than its minimum height.
	expect(Math.abs((await footerTop()) - before)).toBeLessThanOrEqual(8);
	await context.close();
});

test('every glossary term is a card, and a first visit offers the daily number of new cards', async ({ page }) => {
	await open(page, T0);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	const ids = await page.locator('[data-fc-entry]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
	expect(ids.sort()).toEqual(glossary.map((entry) => entry.id).sort());
	await expect(today(page)).toHaveText(`Vandaag: 0 te herhalen, ${newToday()} nieuw`);
	await expect(page.locator('[data-fc-badge]')).toHaveText('Nieuw');
	// Before the flip the four answers are not there to press; after it each says when the card comes back.
	await expect(answerButton(page, 'Goed')).toBeHidden();
	await card(page).click();
	for (const [label, when] of [
		['Opnieuw', 'over 1 minuut'],
		['Moeilijk', 'over 6 minuten'],
		['Goed', 'over 10 minuten'],
	] as const) {
		await expect(answerButton(page, label)).toHaveAccessibleName(`${label} ${when}`);
	}
	await expect(answerButton(page, 'Makkelijk')).toHaveAccessibleName(/^Makkelijk over \d+ dagen$/);
});

test('a card answered "Goed" is not due tomorrow, and is due again after its interval', async ({ page }) => {
	await open(page, T0);
	// A new card: "Goed" takes it to the second learning step, ten minutes on.
	const first = await study(page, 'Goed');
	expect(first.when).toBe('over 10 minuten');
	await expect(today(page)).toHaveText(`Vandaag: 1 te herhalen, ${newToday(1)} nieuw`);
	expect(await currentTerm(page)).not.toBe(first.term);

	// Ten minutes later (the answer came a few seconds after T0) it is the first card shown, before new ones;
	// "Goed" now schedules it days ahead.
	await page.clock.setSystemTime(T0 + 11 * MINUTE);
	await page.reload();
	expect(await currentTerm(page)).toBe(first.term);
	const second = await study(page, 'Goed');
	const days = Number(/^over (\d+) dagen$/.exec(second.when)?.[1]);
	expect(days, second.when).toBeGreaterThanOrEqual(2);
	await expect(today(page)).toHaveText(`Vandaag: 0 te herhalen, ${newToday(1)} nieuw`);

	// Tomorrow: not due (and the new cards are back to the full daily number).
	await page.clock.setSystemTime(T0 + DAY);
	await page.reload();
	await expect(today(page)).toHaveText(`Vandaag: 0 te herhalen, ${newToday(1) + 1} nieuw`);
	expect(await currentTerm(page)).not.toBe(first.term);
	// The evening before its day: still not due.
	await page.clock.setSystemTime(new Date(`2026-12-${String(1 + days - 1).padStart(2, '0')}T23:30:00+01:00`).getTime());
	await page.reload();
	await expect(today(page)).toContainText('Vandaag: 0 te herhalen');
	// On the day the interval ends: due, and shown first.
	await page.clock.setSystemTime(new Date(`2026-12-${String(1 + days).padStart(2, '0')}T09:00:00+01:00`).getTime());
	await page.reload();
	await expect(today(page)).toContainText('Vandaag: 1 te herhalen');
	expect(await currentTerm(page)).toBe(first.term);
	await expect(page.locator('[data-fc-badge]')).toHaveText('Herhalen');
});

test('a card answered "Opnieuw" comes back in the same session', async ({ page }) => {
	await open(page, T0);
	const again = await study(page, 'Opnieuw');
	expect(again.when).toBe('over 1 minuut');
	await expect(today(page)).toHaveText(`Vandaag: 1 te herhalen, ${newToday(1)} nieuw`);
	// The next card is a new one; a minute later, the forgotten card comes before the other new cards.
	const next = await study(page, 'Goed');
	expect(next.term).not.toBe(again.term);
	await page.clock.fastForward(MINUTE);
	await study(page, 'Goed');
	expect(await currentTerm(page)).toBe(again.term);
	// Without a reload: still this session.
	await expect(status(page)).toContainText(`Volgende kaart: ${again.term}.`);
});

test('the queue survives a reload, and the chapter filter too', async ({ page }) => {
	await open(page, T0);
	const chapter = glossary[glossary.length - 1]?.chapter ?? 1;
	const inChapter = glossary.filter((entry) => entry.chapter === chapter).length;
	await app(page).getByRole('combobox', { name: 'Hoofdstuk' }).selectOption(String(chapter));
	await expect(today(page)).toHaveText(`Vandaag: 0 te herhalen, ${Math.min(inChapter, NEW_CARDS_PER_DAY)} nieuw`);
	await study(page, 'Opnieuw');
	await study(page, 'Goed');
	await study(page, 'Makkelijk');
	const before = { today: await today(page).innerText(), term: await currentTerm(page) };
	await page.reload();
	await expect(app(page).getByRole('combobox', { name: 'Hoofdstuk' })).toHaveValue(String(chapter));
	await expect(today(page)).toHaveText(before.today);
	expect(await currentTerm(page)).toBe(before.term);
	// Every card shown in this chapter's session belongs to it.
	const chapterOfTerm = new Map(
		await page
			.locator('[data-fc-entry]')
			.evaluateAll((els) =>
				els.map((el) => [
					el.querySelector('[data-fc-entry-term]')?.textContent?.trim() ?? '',
					el.getAttribute('data-chapter'),
				]),
			),
	);
	expect(chapterOfTerm.get(before.term)).toBe(String(chapter));
});

test('keyboard only: space flips, 1–4 answer, and the result is announced', async ({ page }) => {
	await open(page, T0);
	const term = await currentTerm(page);
	// From the page itself (nothing focused), as a student who just arrived.
	await page.locator('body').press('Space');
	await expect(card(page)).toHaveAttribute('data-flipped', 'true');
	await expect(card(page)).toBeFocused();
	await expect(status(page)).toContainText('Betekenis:');
	// Space on the focused card turns it back and forth (the button's own behaviour).
	await page.keyboard.press('Space');
	await expect(card(page)).toHaveAttribute('data-flipped', 'false');
	await page.keyboard.press('Space');
	// The section link, then the four answers follow the card in the tab order.
	await page.keyboard.press('Tab');
	await expect(app(page).locator('[data-fc-source] a')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(answerButton(page, 'Opnieuw')).toBeFocused();
	// "3" is Goed, wherever the focus is in the trainer.
	await page.keyboard.press('3');
	await expect(status(page)).toHaveText(
		new RegExp(`^Goed: ${escape(term)} komt over 10 minuten terug\\. Volgende kaart: .+\\.$`),
	);
	await expect(card(page)).toBeFocused();
	await expect(card(page)).toHaveAttribute('data-flipped', 'false');
	// Digits do nothing before the flip.
	const next = await currentTerm(page);
	await page.keyboard.press('1');
	expect(await currentTerm(page)).toBe(next);
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect(status(page)).toContainText(`Opnieuw: ${next} komt over 1 minuut terug.`);
});

test('when every card of the selection is done, the trainer says so and when the next one comes back', async ({
	page,
}) => {
	await open(page, T0);
	const chapter = [...new Set(glossary.map((entry) => entry.chapter))].sort(
		(a, b) => glossary.filter((e) => e.chapter === a).length - glossary.filter((e) => e.chapter === b).length,
	)[0]!;
	const size = glossary.filter((entry) => entry.chapter === chapter).length;
	await app(page).getByRole('combobox', { name: 'Hoofdstuk' }).selectOption(String(chapter));
	const studied = Math.min(size, NEW_CARDS_PER_DAY);
	for (let i = 0; i < studied; i++) await study(page, 'Makkelijk');
	await expect(page.locator('[data-fc-done]')).toBeVisible();
	await expect(page.locator('[data-fc-done-title]')).toBeFocused();
	await expect(page.locator('[data-fc-done]')).toContainText(
		/Je hebt alle kaarten voor vandaag gehad\. De volgende komt over \d+ dagen terug\./,
	);
	await expect(status(page)).toContainText('Klaar voor vandaag.');
	await expect(today(page)).toHaveText(
		`Vandaag: 0 te herhalen, ${Math.min(size - studied, NEW_CARDS_PER_DAY - studied)} nieuw`,
	);
	// Another chapter still has its own new cards for today.
	const other = glossary.find((entry) => entry.chapter !== chapter)!.chapter;
	await app(page).getByRole('combobox', { name: 'Hoofdstuk' }).selectOption(String(other));
	await expect(card(page)).toBeVisible();
});

test('the first trainer\'s "Ken ik" / "Nog oefenen" marks are carried over', async ({ page }) => {
	const [known, practice] = glossary;
	if (!known || !practice) return;
	await page.addInitScript(
		([key, ids]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(
					key,
					JSON.stringify({
						version: 1,
						marks: { [ids[0]!]: 'known', [ids[1]!]: 'practice' },
						chapter: 'all',
						onlyUnknown: false,
						current: null,
					}),
				);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[KEY, [known.id, practice.id]] as const,
	);
	await open(page, T0);
	await expect(message(page)).toContainText('Je eerdere markeringen “Ken ik” en “Nog oefenen” zijn overgenomen');
	// "Nog oefenen" is due within the minute; "Ken ik" is learned; neither counts as new.
	await expect(today(page)).toHaveText(
		`Vandaag: 1 te herhalen, ${Math.min(glossary.length - 2, NEW_CARDS_PER_DAY)} nieuw`,
	);
	const saved = JSON.parse((await stored(page)) ?? '{}');
	expect(saved.format).toBe('samenvatting-sam/voortgang');
	expect(Object.keys(saved.cards).sort()).toEqual([known.id, practice.id].sort());
	await page.reload();
	await expect(message(page)).toBeHidden();
	await expect(today(page)).toHaveText(
		`Vandaag: 1 te herhalen, ${Math.min(glossary.length - 2, NEW_CARDS_PER_DAY)} nieuw`,
	);
});

test('export, clear storage, import: the same queue is back', async ({ page }) => {
	await open(page, T0);
	await study(page, 'Opnieuw');
	await study(page, 'Goed');
	await study(page, 'Makkelijk');
	const before = { today: await today(page).innerText(), term: await currentTerm(page) };
	await app(page).getByText('Je voortgang bewaren, overzetten of wissen').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		app(page).getByRole('button', { name: 'Voortgang exporteren' }).click(),
	]);
	expect(download.suggestedFilename()).toBe('oefenvoortgang-2026-12-01.json');
	const file = await download.path();

	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(today(page)).toHaveText(`Vandaag: 0 te herhalen, ${newToday()} nieuw`);

	await app(page).getByText('Je voortgang bewaren, overzetten of wissen').click();
	await app(page).getByLabel('Voortgang importeren').setInputFiles(file);
	await expect(message(page)).toContainText('Voortgang geïmporteerd uit');
	await expect(message(page)).toContainText('3 kaarten');
	await expect(today(page)).toHaveText(before.today);
	expect(await currentTerm(page)).toBe(before.term);
	// The message speaks of the selection it was made in: another chapter clears it.
	await app(page).getByRole('combobox', { name: 'Hoofdstuk' }).selectOption(String(glossary[0]!.chapter));
	await expect(message(page)).toBeHidden();
	// And it was stored, not only shown.
	await app(page).getByRole('combobox', { name: 'Hoofdstuk' }).selectOption('all');
	await page.reload();
	await expect(today(page)).toHaveText(before.today);
});

test('a corrupt or foreign import changes nothing and says why', async ({ page }) => {
	await open(page, T0);
	await study(page, 'Goed');
	const before = { raw: await stored(page), today: await today(page).innerText(), term: await currentTerm(page) };
	await app(page).getByText('Je voortgang bewaren, overzetten of wissen').click();
	const input = app(page).getByLabel('Voortgang importeren');
	const cases = [
		{
			name: 'afgebroken.json',
			content: '{"format":"samenvatting-sam/voortgang","version":2,"cards":{',
			reason: 'geen geldig JSON-bestand',
		},
		{
			name: 'package.json',
			content: '{"name":"iets-anders","version":"1.0.0"}',
			reason: 'geen voortgang van deze site',
		},
		{
			name: 'beschadigd.json',
			content: JSON.stringify({
				format: 'samenvatting-sam/voortgang',
				version: 2,
				chapter: 'all',
				cards: { [glossary[0]!.id]: { due: 'morgen' } },
			}),
			reason: `De kaart "${glossary[0]!.id}" heeft een ongeldige waarde`,
		},
	];
	for (const { name, content, reason } of cases) {
		await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
		await expect(message(page)).toContainText(`“${name}” is niet geïmporteerd: `);
		await expect(message(page)).toContainText(reason);
		await expect(message(page)).toContainText('Je voortgang is niet veranderd.');
		expect(await stored(page)).toBe(before.raw);
		await expect(today(page)).toHaveText(before.today);
		expect(await currentTerm(page)).toBe(before.term);
	}
});

test('a damaged stored value is refused with a message and never overwritten', async ({ page }) => {
	const broken = '{"format":"samenvatting-sam/voortgang","version":2,"cards":';
	await page.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [
		KEY,
		broken,
	] as const);
	await open(page, T0);
	await expect(message(page)).toContainText(
		'Je opgeslagen voortgang kon niet worden gelezen: Het is geen geldig JSON-bestand',
	);
	await expect(message(page)).toContainText('Er is niets gewist of veranderd.');
	// Studying still works for this visit, but the damaged value stays as it was.
	await study(page, 'Goed');
	expect(await stored(page)).toBe(broken);
	// Starting over is the student's own choice.
	page.once('dialog', (dialog) => dialog.accept());
	await app(page).getByText('Je voortgang bewaren, overzetten of wissen').click();
	await app(page).getByRole('button', { name: 'Voortgang wissen' }).click();
	await expect(message(page)).toContainText('Voortgang gewist.');
	await study(page, 'Goed');
	expect(JSON.parse((await stored(page)) ?? '{}').format).toBe('samenvatting-sam/voortgang');
});

test('the Anki and Quizlet files are linked from the page and hold the glossary', async ({ page, request }) => {
	await open(page);
	for (const [name, first] of [
		['Anki (tekstbestand)', '#separator:tab'],
		['Quizlet (tekstbestand)', ''],
	] as const) {
		const href = await page.getByRole('link', { name }).getAttribute('href');
		const response = await request.get(href ?? '');
		expect(response.ok(), href ?? '').toBe(true);
		const text = await response.text();
		if (first) expect(text.startsWith(first)).toBe(true);
		const notes = text.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
		expect(notes, href ?? '').toHaveLength(glossary.length);
		if (!first) {
			// Quizlet reads pasted text: term, tab, definition; no quotes around fields.
			expect(href).toMatch(/\.txt$/);
			for (const line of notes) expect(line.split('\t'), line).toHaveLength(2);
			expect(notes.filter((line) => line.startsWith('"'))).toEqual([]);
		}
	}
	await expect(page.getByRole('heading', { name: 'Zo importeer je' })).toBeVisible();
});

test('cramming: the daily limit counts per chapter filter, and "Meer nieuwe kaarten" adds a batch', async ({
	page,
}) => {
	await open(page, T0);
	const select = app(page).getByRole('combobox', { name: 'Hoofdstuk' });
	const [first, , last] = [...new Set(glossary.map((entry) => entry.chapter))].sort();
	const size = (chapter: number) => glossary.filter((entry) => entry.chapter === chapter).length;
	await select.selectOption(String(first));
	for (let i = 0; i < NEW_CARDS_PER_DAY; i++) await study(page, 'Makkelijk');
	await expect(page.locator('[data-fc-done]')).toBeVisible();
	await expect(today(page)).toHaveText('Vandaag: 0 te herhalen, 0 nieuw');

	// H3 after twenty H1 cards: its own new cards are dealt.
	await select.selectOption(String(last));
	await expect(today(page)).toHaveText(`Vandaag: 0 te herhalen, ${Math.min(size(last!), NEW_CARDS_PER_DAY)} nieuw`);
	await expect(card(page)).toBeVisible();
	await expect(page.locator('[data-fc-badge]')).toHaveText('Nieuw');

	// Back to H1: more for today on request.
	await select.selectOption(String(first));
	const more = app(page).getByRole('button', { name: 'Meer nieuwe kaarten voor vandaag' });
	await expect(page.locator('[data-fc-done-text]')).toContainText(
		`Er wachten nog ${size(first!) - NEW_CARDS_PER_DAY} nieuwe kaarten`,
	);
	await more.click();
	const batch = Math.min(NEW_CARDS_BATCH, size(first!) - NEW_CARDS_PER_DAY);
	await expect(today(page)).toHaveText(`Vandaag: 0 te herhalen, ${batch} nieuw`);
	await expect(card(page)).toBeFocused();
	await study(page, 'Makkelijk');
	const before = { today: await today(page).innerText(), term: await currentTerm(page) };
	expect(before.today).toBe(`Vandaag: 0 te herhalen, ${batch - 1} nieuw`);
	// The queue, the extra batch included, survives a reload.
	await page.reload();
	await expect(today(page)).toHaveText(before.today);
	expect(await currentTerm(page)).toBe(before.term);
	// The next day the limit is the daily one again.
	await page.clock.setSystemTime(T0 + DAY);
	await page.reload();
	await expect(today(page)).toHaveText(
		`Vandaag: 0 te herhalen, ${Math.min(size(first!) - NEW_CARDS_PER_DAY - 1, NEW_CARDS_PER_DAY)} nieuw`,
	);
});

test('a mixed session deals new cards from every chapter in turn', async ({ page }) => {
	await open(page, T0);
	const chapterOf = new Map(
		await page
			.locator('[data-fc-entry]')
			.evaluateAll((els) =>
				els.map((el) => [el.querySelector('[data-fc-entry-term]')?.textContent?.trim() ?? '', el.dataset.chapter]),
			),
	);
	const chapters = new Set(glossary.map((entry) => entry.chapter)).size;
	const seen: string[] = [];
	for (let i = 0; i < chapters; i++) seen.push(chapterOf.get((await study(page, 'Makkelijk')).term) ?? '');
	expect(new Set(seen).size).toBe(chapters);
});

test('two tabs: a card flipped in each, each answered, both answers are stored', async ({ browser }) => {
	const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
	const [a, b] = [await context.newPage(), await context.newPage()];
	const chapters = [...new Set(glossary.map((entry) => entry.chapter))].sort();
	for (const [page, chapter] of [
		[a, chapters[0]],
		[b, chapters[chapters.length - 1]],
	] as const) {
		await open(page, T0);
		await app(page).getByRole('combobox', { name: 'Hoofdstuk' }).selectOption(String(chapter));
	}
	const terms = [await currentTerm(a), await currentTerm(b)];
	await card(a).click();
	await card(b).click();
	await answerButton(a, 'Goed').click();
	await expect(status(a)).toContainText(`Goed: ${terms[0]} komt`);
	await answerButton(b, 'Makkelijk').click();
	await expect(status(b)).toContainText(`Makkelijk: ${terms[1]} komt`);
	const idOf = async (term: string) =>
		a
			.locator('[data-fc-entry]', { has: a.locator('[data-fc-entry-term]', { hasText: term }) })
			.first()
			.getAttribute('data-id');
	const saved = JSON.parse((await stored(a)) ?? '{}');
	expect(Object.keys(saved.cards).sort()).toEqual([await idOf(terms[0]!), await idOf(terms[1]!)].sort());
	// A answers again after B saved: B's card stays, and A keeps its own chapter filter.
	await study(a, 'Goed');
	const after = JSON.parse((await stored(a)) ?? '{}');
	expect(Object.keys(after.cards)).toHaveLength(3);
	expect(after.cards[(await idOf(terms[1]!))!]).toEqual(saved.cards[(await idOf(terms[1]!))!]);
	await expect(app(a).getByRole('combobox', { name: 'Hoofdstuk' })).toHaveValue(String(chapters[0]));
	await context.close();
});

test('the back of the card shows the term above its meaning', async ({ page }) => {
	await open(page, T0);
	const term = await currentTerm(page);
	await card(page).click();
	const back = page.locator('[data-fc-back]');
	await expect(back.locator('[data-fc-back-term]')).toHaveText(term);
	const [termBox, definitionBox] = [
		await back.locator('[data-fc-back-term]').boundingBox(),
		await back.locator('[data-fc-definition]').boundingBox(),
	];
	expect(termBox!.y + termBox!.height).toBeLessThanOrEqual(definitionBox!.y);
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
]) {
	test(`the card and its buttons are on the first screen at ${viewport.width}×${viewport.height}`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport, timezoneId: 'Europe/Amsterdam' });
		const page = await context.newPage();
		await open(page, T0);
		const bottom = async (locator: ReturnType<typeof card>) => {
			const box = await locator.boundingBox();
			return box!.y + box!.height;
		};
		expect(await bottom(card(page))).toBeLessThanOrEqual(viewport.height);
		expect(await bottom(app(page).getByRole('button', { name: /^Draai de kaart om/ }))).toBeLessThanOrEqual(
			viewport.height,
		);
		await card(page).click();
		for (const label of ['Opnieuw', 'Moeilijk', 'Goed', 'Makkelijk'] as const) {
			expect(await bottom(answerButton(page, label)), label).toBeLessThanOrEqual(viewport.height);
		}
		await context.close();
	});
}

test('a touch screen gets touch hints, without the space bar or keys 1–4', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await open(page);
	const hint = page.locator('#fc-card-hint');
	await expect(hint).toContainText('tik op de kaart');
	expect(await hint.innerText()).not.toMatch(/spatie|toetsen/);
	await expect(page.locator('[data-fc-show] kbd')).toBeHidden();
	await page.locator('[data-fc-card]').tap();
	await expect(answerButton(page, 'Goed').locator('kbd')).toBeHidden();
	await context.close();
	// A mouse and keyboard get the keys.
	const desk = await browser.newPage();
	await desk.goto(URL_PATH);
	await expect(desk.locator('#fc-card-hint')).toContainText('druk op spatie');
	await desk.close();
});

for (const theme of ['light', 'dark'] as const) {
	for (const width of [1280, 390]) {
		test(`axe finds no violations in the ${theme} theme at ${width}px, on both sides of a card`, async ({
			browser,
		}) => {
			test.slow();
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await open(page, T0);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			// The page's own content; the site chrome (header, sidebar) is checked by the site-wide tests.
			const axe = async () => (await new AxeBuilder({ page }).include('main').analyze()).violations;
			expect(await axe()).toEqual([]);
			await card(page).click();
			await expect(answerButton(page, 'Goed')).toBeVisible();
			await app(page).getByText('Je voortgang bewaren, overzetten of wissen').click();
			expect(await axe()).toEqual([]);
			await context.close();
		});
	}
}

test('the flip is not animated when the student prefers reduced motion', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await open(page);
	expect(await card(page).evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
	await context.close();

	const animated = await browser.newPage();
	await open(animated);
	expect(await card(animated).evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
	await animated.close();
});

test('on a phone the trainer fits the screen and every answer is big enough to tap', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
	const page = await context.newPage();
	await open(page);
	await card(page).tap();
	await expect(card(page)).toHaveAttribute('data-flipped', 'true');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	for (const control of [
		card(page),
		...(['Opnieuw', 'Moeilijk', 'Goed', 'Makkelijk'] as const).map((label) => answerButton(page, label)),
	]) {
		const box = await control.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
		expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	}
	await answerButton(page, 'Goed').tap();
	await expect(card(page)).toHaveAttribute('data-flipped', 'false');
	await context.close();
});

test('without JavaScript every term and definition is on the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(URL_PATH);
	await expect(app(page)).toBeHidden();
	const entries = page.locator('[data-fc-entry]');
	await expect(entries).toHaveCount(glossary.length);
	const shown = await entries.evaluateAll((els) =>
		els.map((el) => ({
			term: el.querySelector('dt')?.checkVisibility() ? el.querySelector('dt')?.textContent?.trim() : '',
			definition: el.querySelector('[data-fc-entry-definition]')?.checkVisibility()
				? el.querySelector('[data-fc-entry-definition]')?.textContent?.trim()
				: '',
		})),
	);
	for (const entry of shown) {
		expect(entry.term, 'visible term').toBeTruthy();
		expect(entry.definition?.length ?? 0, `visible definition of ${entry.term}`).toBeGreaterThan(10);
	}
	await expect(page.getByRole('link', { name: 'Anki (tekstbestand)' })).toBeVisible();
	await context.close();
});

test('print media shows the cut-out sheets: terms, then definitions in mirrored columns', async ({ page }) => {
	await open(page);
	await page.emulateMedia({ media: 'print' });
	await expect(app(page)).toBeHidden();
	await expect(page.locator('[data-fc-list]')).toBeHidden();
	await expect(page.locator('h1')).toBeHidden();

	const sheets = Math.ceil(glossary.length / CARDS_PER_SHEET);
	const fronts = page.locator('[data-fc-sheet="front"]');
	const backs = page.locator('[data-fc-sheet="back"]');
	await expect(fronts).toHaveCount(sheets);
	await expect(backs).toHaveCount(sheets);
	await expect(fronts.first()).toBeVisible();
	await expect(page.locator('[data-fc-print-term]')).toHaveCount(glossary.length);
	await expect(page.locator('[data-fc-print-definition]')).toHaveCount(glossary.length);

	// Fronts and backs alternate, each starting a new page, and their cut lines are dashed.
	const layout = await page
		.locator('[data-fc-sheet]')
		.evaluateAll((els) =>
			els.map((el) => ({ side: el.getAttribute('data-fc-sheet'), breakBefore: getComputedStyle(el).breakBefore })),
		);
	expect(layout.map((sheet) => sheet.side)).toEqual(Array.from({ length: sheets }, () => ['front', 'back']).flat());
	for (const sheet of layout) expect(sheet.breakBefore).toBe('page');
	expect(
		await page
			.locator('[data-fc-print-term]')
			.first()
			.evaluate((el) => getComputedStyle(el).borderBottomStyle),
	).toBe('dashed');

	// Every definition sits behind its term: same row, mirrored column (positions relative to each sheet).
	const cells = await page.locator('[data-fc-sheet]').evaluateAll((els) =>
		els.map((sheet) => {
			const box = sheet.getBoundingClientRect();
			return [...sheet.querySelectorAll('[data-fc-print-term], [data-fc-print-definition]')].map((cell) => {
				const rect = cell.getBoundingClientRect();
				return {
					id: cell.getAttribute('data-fc-print-term') ?? cell.getAttribute('data-fc-print-definition'),
					x: rect.x - box.x,
					y: rect.y - box.y,
					width: rect.width,
					sheetWidth: box.width,
				};
			});
		}),
	);
	for (let s = 0; s < sheets; s++) {
		const front = cells[2 * s] ?? [];
		const back = new Map((cells[2 * s + 1] ?? []).map((cell) => [cell.id, cell]));
		expect(back.size).toBe(front.length);
		for (const a of front) {
			const b = back.get(a.id);
			if (!b) throw new Error(`no definition cell for ${a.id}`);
			expect(a.width, `cell width of ${a.id}`).toBeGreaterThan(100);
			expect(Math.abs(b.y - a.y), `row of ${a.id}`).toBeLessThan(1);
			expect(Math.abs(b.x - (a.sheetWidth - a.x - a.width)), `column of ${a.id}`).toBeLessThan(1);
		}
	}
	// With more than one column, some definition really does change sides.
	if (glossary.length > 1) {
		const first = cells[0]?.[0];
		const firstBack = cells[1]?.find((cell) => cell.id === first?.id);
		expect(firstBack?.x).not.toBeCloseTo(first?.x ?? 0, 0);
	}
});

test('the printed PDF has a terms page and a definitions page per sheet, lined up', async ({ page }) => {
	await open(page);
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const sheets = Math.ceil(glossary.length / CARDS_PER_SHEET);
	expect(doc.numPages).toBe(2 * sheets);

	// Print order (not the list's chapter order), read while the sheets are still display: none on screen.
	const terms = await page
		.locator('[data-fc-print-term] .fc-cell-term')
		.evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
	const pageText: string[] = [];
	const captionY: number[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		const items = content.items.filter((item) => 'str' in item);
		pageText.push(
			items
				.map((item) => item.str)
				.join(' ')
				.replace(/\s+/g, ' '),
		);
		const caption = items.find((item) => item.str.startsWith('Oefenkaarten'));
		captionY.push(caption?.transform[5] ?? Number.NaN);
	}
	for (let s = 0; s < sheets; s++) {
		expect(pageText[2 * s]).toContain(`voorkant (begrippen)`);
		expect(pageText[2 * s + 1]).toContain(`achterkant (betekenissen)`);
		// Page 2s+1 holds this sheet's terms, not definitions.
		const sheetTerms = terms.slice(s * CARDS_PER_SHEET, (s + 1) * CARDS_PER_SHEET);
		const firstWord = (sheetTerms[0] ?? '').split(' ')[0] ?? '';
		expect(pageText[2 * s]).toContain(firstWord);
	}
	// Every page starts at the same height, so front and back line up when printed double-sided.
	for (const y of captionY) expect(Math.abs(y - (captionY[0] ?? 0))).toBeLessThan(0.5);
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('the home page progress summary', () => {
	const rows = (page: Page) => page.locator('[data-sp-chapter]');

	test('shows per chapter how much is learned and what is due today', async ({ page }) => {
		await open(page, T0);
		// One card learned (Makkelijk on a new card goes straight to review), one due again within the minute.
		const learned = await study(page, 'Makkelijk');
		const again = await study(page, 'Opnieuw');
		const chapterOf = new Map(
			await page
				.locator('[data-fc-entry]')
				.evaluateAll((els) =>
					els.map((el) => [
						el.querySelector('[data-fc-entry-term]')?.textContent?.trim() ?? '',
						Number(el.getAttribute('data-chapter')),
					]),
				),
		);
		await page.goto('/');
		const chapters = [...new Set(glossary.map((entry) => entry.chapter))].sort((a, b) => a - b);
		await expect(rows(page)).toHaveCount(chapters.length);
		for (const [index, chapter] of chapters.entries()) {
			const total = glossary.filter((entry) => entry.chapter === chapter).length;
			const learnedHere = Number(chapterOf.get(learned.term) === chapter);
			const dueHere = Number(chapterOf.get(again.term) === chapter);
			await expect(rows(page).nth(index)).toContainText(
				`${learnedHere} van ${total} geleerd · vandaag ${dueHere} te herhalen`,
			);
		}
		// Days later the learned card is due again and no longer counts as learned.
		await page.clock.setSystemTime(T0 + 40 * DAY);
		await page.reload();
		const row = rows(page).nth(chapters.indexOf(chapterOf.get(learned.term) ?? 0));
		await expect(row).toContainText(/0 van \d+ geleerd · vandaag [12] te herhalen/);
	});

	test('says so, and changes nothing, when the stored progress cannot be read', async ({ page }) => {
		await page.addInitScript(
			(key) => localStorage.setItem(key, '{"format":"samenvatting-sam/voortgang","version":2,"cards":{"x":1}}'),
			KEY,
		);
		await page.goto('/');
		await expect(page.locator('[data-sp-broken]')).toBeVisible();
		await expect(page.locator('[data-sp-broken]')).toContainText('Je opgeslagen voortgang kon niet worden gelezen.');
		expect(await stored(page)).toBe('{"format":"samenvatting-sam/voortgang","version":2,"cards":{"x":1}}');
	});

	test('is not shown without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('study-progress')).toBeHidden();
		await context.close();
	});
});
