import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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
const CARDS_PER_SHEET = 12;

const URL_PATH = '/oefenen/';

// Generous per-test budget: the suite shares 2 cores with builds, and an axe run or a PDF can take a while.
test.describe.configure({ timeout: 60_000 });

const app = (page: Page) => page.locator('[data-fc-app]');
const card = (page: Page) => page.locator('[data-fc-card]');
const position = (page: Page) => page.locator('[data-fc-position]');
const counts = (page: Page) => page.locator('[data-fc-counts]');
const markButton = (page: Page, label: 'Ken ik' | 'Nog oefenen') =>
	app(page).getByRole('button', { name: label, exact: true });

async function open(page: Page): Promise<void> {
	await page.goto(URL_PATH);
	await expect(app(page)).toBeVisible();
}

/** The term on the front of the current card. */
const currentTerm = (page: Page) => page.locator('[data-fc-term]').innerText();

/**
 * Clicks "Volgende" through the whole deck inside the page (one round trip instead of one per card; the trainer
 * updates synchronously on click) and returns the term and position text of every card on the way.
 */
const walkDeck = (page: Page) =>
	page.evaluate(() => {
		const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? '';
		const next = document.querySelector<HTMLButtonElement>('[data-fc-next]');
		const seen = [{ term: text('[data-fc-term]'), position: text('[data-fc-position]') }];
		while (next && !next.disabled) {
			next.click();
			seen.push({ term: text('[data-fc-term]'), position: text('[data-fc-position]') });
		}
		return seen;
	});

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
	// Before the fix the footer dropped ~700 px. Only the first card's own text may still make the card a few
	// pixels taller than its minimum height (as any longer card does when the reader moves on).
	expect(Math.abs((await footerTop()) - before)).toBeLessThanOrEqual(8);
	await context.close();
});

test('there is one card for every glossary term', async ({ page }) => {
	await open(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('link', { name: 'Oefenen', exact: true }).first()).toBeVisible();

	const ids = await page.locator('[data-fc-entry]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
	expect(ids.sort()).toEqual(glossary.map((entry) => entry.id).sort());
	await expect(position(page)).toHaveText(`Kaart 1 van ${glossary.length}`);

	// Walk the whole deck: every term shows up exactly once, numbered 1..n.
	const walked = await walkDeck(page);
	expect(walked.map((card) => card.position)).toEqual(glossary.map((_, i) => `Kaart ${i + 1} van ${glossary.length}`));
	const seen = walked.map((card) => card.term);
	await expect(page.getByRole('button', { name: 'Volgende' })).toBeDisabled();
	const terms = await page.locator('[data-fc-entry-term]').allInnerTexts();
	expect(seen.sort()).toEqual(terms.map((term) => term.trim()).sort());
});

test('flip and mark with the mouse', async ({ page }) => {
	await open(page);
	const term = await currentTerm(page);
	const entry = page
		.locator('[data-fc-entry]', { has: page.locator('[data-fc-entry-term]', { hasText: term }) })
		.first();
	const definition = (await entry.locator('[data-fc-entry-definition]').innerText()).trim();
	const href = await entry.locator('[data-fc-entry-link]').getAttribute('href');

	await expect(card(page)).toHaveAttribute('data-flipped', 'false');
	await expect(card(page)).toHaveAccessibleName(new RegExp(`Begrip\\s+${escape(term)}`));
	const sectionLink = app(page).locator('[data-fc-source] a');
	await expect(sectionLink).toBeHidden();

	await card(page).click();
	await expect(card(page)).toHaveAttribute('data-flipped', 'true');
	await expect(card(page)).toHaveAccessibleName(new RegExp(`Betekenis\\s+${escape(definition)}`));
	await expect(page.locator('[data-fc-definition]')).toBeVisible();
	await expect(sectionLink).toBeVisible();
	await expect(sectionLink).toHaveAttribute('href', href ?? '');
	await expect(sectionLink).toHaveAttribute('href', /^\/h\d-[a-z0-9-]+\/#[a-z0-9-]+$/);
	await expect(app(page).getByRole('status')).toHaveText(`Betekenis: ${definition}`);

	await card(page).click();
	await expect(card(page)).toHaveAttribute('data-flipped', 'false');

	await markButton(page, 'Nog oefenen').click();
	await expect(counts(page)).toContainText('Nog oefenen: 1');
	if (glossary.length > 1) {
		await expect(position(page)).toHaveText(`Kaart 2 van ${glossary.length}`);
		await page.getByRole('button', { name: 'Vorige' }).click();
	}
	// Back on the marked card: its button shows the mark, pressing it again takes the mark back.
	await expect(markButton(page, 'Nog oefenen')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-fc-badge]')).toHaveText('Nog oefenen');
	await markButton(page, 'Nog oefenen').click();
	await expect(counts(page)).toContainText('Nog oefenen: 0');
	await expect(markButton(page, 'Nog oefenen')).toHaveAttribute('aria-pressed', 'false');
});

test('flip, mark and filter with the keyboard only', async ({ page }) => {
	await open(page);
	// Tab from the shuffle button reaches the card.
	await page.getByRole('button', { name: 'Schudden' }).focus();
	await page.keyboard.press('Tab');
	await expect(card(page)).toBeFocused();

	await page.keyboard.press('Space');
	await expect(card(page)).toHaveAttribute('data-flipped', 'true');
	await page.keyboard.press('Enter');
	await expect(card(page)).toHaveAttribute('data-flipped', 'false');

	// The section link appears after flipping and is the next stop; then the two mark buttons.
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(app(page).locator('[data-fc-source] a')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(markButton(page, 'Nog oefenen')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(markButton(page, 'Ken ik')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(counts(page)).toContainText('Ken ik: 1');
	if (glossary.length > 1) {
		// Focus goes back to the (next) card, front side up, so the student can go on with Space.
		await expect(card(page)).toBeFocused();
		await expect(card(page)).toHaveAttribute('data-flipped', 'false');
		await expect(position(page)).toHaveText(`Kaart 2 van ${glossary.length}`);
		await expect(app(page).getByRole('status')).toContainText('Ken ik');
	}

	// Hiding the "Ken ik" cards with the checkbox (Space toggles it).
	await app(page).getByRole('checkbox', { name: 'Alleen kaarten die ik nog niet ken' }).focus();
	await page.keyboard.press('Space');
	if (glossary.length > 1) await expect(position(page)).toContainText(`van ${glossary.length - 1}`);
	else await expect(page.locator('[data-fc-empty]')).toContainText('Je kent alle kaarten');
	await page.keyboard.press('Space');
	await expect(position(page)).toContainText(`van ${glossary.length}`);

	// Chapter filter: arrow keys on the focused select pick each chapter in turn.
	const chapters = [...new Set(glossary.map((entry) => entry.chapter))].sort();
	const select = app(page).getByRole('combobox', { name: 'Hoofdstuk' });
	await select.focus();
	for (const chapter of chapters) {
		await page.keyboard.press('ArrowDown');
		await expect(select).toHaveValue(String(chapter));
		const inChapter = glossary.filter((entry) => entry.chapter === chapter).length;
		await expect(position(page)).toHaveText(`Kaart 1 van ${inChapter}`);
		await expect(app(page).getByRole('status')).toContainText(`${inChapter} kaarten`);
	}
});

test('filtering by chapter with the mouse shows only that chapter, and shuffling keeps the cards', async ({ page }) => {
	await open(page);
	const chapter = glossary[glossary.length - 1]?.chapter ?? 1;
	const inChapter = glossary.filter((entry) => entry.chapter === chapter);
	await app(page).getByRole('combobox', { name: 'Hoofdstuk' }).selectOption(String(chapter));
	await expect(position(page)).toHaveText(`Kaart 1 van ${inChapter.length}`);

	const termOf = new Map(
		await page
			.locator('[data-fc-entry]')
			.evaluateAll((els) =>
				els.map((el) => [
					el.querySelector('[data-fc-entry-term]')?.textContent?.trim() ?? '',
					el.getAttribute('data-chapter'),
				]),
			),
	);
	const walk = async (): Promise<string[]> => (await walkDeck(page)).map((card) => card.term);
	const before = await walk();
	for (const term of before) expect(termOf.get(term)).toBe(String(chapter));

	if (inChapter.length > 1) {
		await page.getByRole('button', { name: 'Schudden' }).click();
		await expect(position(page)).toHaveText(`Kaart 1 van ${inChapter.length}`);
		expect((await walk()).sort()).toEqual([...before].sort());
	}
	// The chosen chapter is remembered too.
	await page.reload();
	await expect(app(page).getByRole('combobox', { name: 'Hoofdstuk' })).toHaveValue(String(chapter));
});

test('progress survives a reload and can be reset', async ({ page }) => {
	await open(page);
	await markButton(page, 'Ken ik').click();
	if (glossary.length > 1) await markButton(page, 'Nog oefenen').click();
	const practice = glossary.length > 1 ? 1 : 0;
	const expected = `Ken ik: 1 · Nog oefenen: ${practice} · Open: ${glossary.length - 1 - practice}`;
	await expect(counts(page)).toHaveText(expected);

	await page.reload();
	await expect(counts(page)).toHaveText(expected);
	// It also continues at the card the student was on.
	await expect(position(page)).toHaveText(`Kaart ${Math.min(3, glossary.length)} van ${glossary.length}`);

	// Cancelling the confirmation keeps everything.
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Voortgang wissen' }).click();
	await expect(counts(page)).toHaveText(expected);

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Voortgang wissen' }).click();
	await expect(counts(page)).toHaveText(`Ken ik: 0 · Nog oefenen: 0 · Open: ${glossary.length}`);
	await expect(position(page)).toHaveText(`Kaart 1 van ${glossary.length}`);
	await page.reload();
	await expect(counts(page)).toHaveText(`Ken ik: 0 · Nog oefenen: 0 · Open: ${glossary.length}`);
});

test('broken stored progress is ignored instead of breaking the page', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('samenvatting-sam.flashcards', '{"version":1,"marks":'));
	await open(page);
	await expect(counts(page)).toHaveText(`Ken ik: 0 · Nog oefenen: 0 · Open: ${glossary.length}`);
	await markButton(page, 'Ken ik').click();
	await expect(counts(page)).toContainText('Ken ik: 1');
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations in the ${theme} theme, on both sides of a card`, async ({ page }) => {
		// Two full axe runs; on a busy 2-core machine that alone can take half a minute.
		test.slow();
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await open(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		await markButton(page, 'Ken ik').click();
		// The page's own content; the site chrome (header, sidebar) is checked by the site-wide tests.
		const axe = () => new AxeBuilder({ page }).include('main');
		const front = await axe().analyze();
		expect(front.violations).toEqual([]);
		await card(page).click();
		await expect(card(page)).toHaveAttribute('data-flipped', 'true');
		const back = await axe().analyze();
		expect(back.violations).toEqual([]);
	});
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

test('on a phone the trainer fits the screen', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
	const page = await context.newPage();
	await open(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	for (const control of [card(page), markButton(page, 'Ken ik'), markButton(page, 'Nog oefenen')]) {
		const box = await control.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
		// Big enough to hit with a thumb.
		expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	}
	await card(page).tap();
	await expect(card(page)).toHaveAttribute('data-flipped', 'true');
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
