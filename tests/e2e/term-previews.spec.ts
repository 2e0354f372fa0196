/**
 * Term previews, the way students reach them: a tap on a phone (the first tap shows the definition in place, "Lees
 * meer in de begrippenlijst" goes on), hover and keyboard focus on a desktop, a plain link without JavaScript.
 * Previews open in the top layer, so none is clipped by a table, on any chapter page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadGlossary } from '../../src/glossary/data.ts';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';

const glossary = loadGlossary();
const chapters = readChapterPages().map((page) => page.path);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const tipFor = (page: Page, link: Locator) =>
	link.getAttribute('data-term-tip').then((id) => page.locator(`[id="${id}"]`));

const entryFor = async (link: Locator) => {
	const id = (await link.getAttribute('href'))!.match(/#begrip-(.+)$/)![1];
	return glossary.find((t) => t.id === id)!;
};

/** Tabs onto the link from a focusable element just before it, as a keyboard user arrives there. */
async function tabTo(page: Page, link: Locator): Promise<void> {
	await link.evaluate((a) => {
		const before = document.createElement('button');
		before.textContent = 'start';
		before.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;padding:0;border:0';
		a.before(before);
		before.focus();
		before.addEventListener('blur', () => before.remove(), { once: true });
	});
	await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
}

/** The preview is wholly on screen and nothing covers it: its corners and centre are the topmost element there. */
async function fullyVisible(tip: Locator): Promise<string[]> {
	return tip.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const problems: string[] = [];
		if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
			problems.push(`${el.id} is partly off screen (${JSON.stringify(r)})`);
		// Just inside its rounded corners.
		const points = [
			[r.left + 6, r.top + 6],
			[r.right - 6, r.top + 6],
			[r.left + 6, r.bottom - 6],
			[r.right - 6, r.bottom - 6],
			[(r.left + r.right) / 2, (r.top + r.bottom) / 2],
		] as const;
		for (const [x, y] of points) {
			const top = document.elementFromPoint(x, y);
			if (!top || !el.contains(top))
				problems.push(`${el.id} at ${x},${y} is covered by ${top?.outerHTML.slice(0, 80)}`);
		}
		return problems;
	});
}

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	for (const where of ['p', 'td'] as const) {
		test(`a tap on a term in ${where === 'p' ? 'running text' : 'a table'} shows its definition; "Lees meer" goes to the glossary`, async ({
			page,
		}) => {
			await page.goto('/h1-introductie/');
			const link = page.locator(`main ${where} a.term-preview__link`).first();
			const entry = await entryFor(link);
			const tip = await tipFor(page, link);
			await expect(tip).toBeHidden();
			const url = page.url();

			await link.tap();
			await expect(tip).toBeVisible();
			await expect(tip).toContainText(entry.definition);
			expect(page.url()).toBe(url);
			expect(await fullyVisible(tip)).toEqual([]);

			await tip.getByRole('link', { name: 'Lees meer in de begrippenlijst' }).tap();
			await expect(page).toHaveURL(new RegExp(`/begrippenlijst/#begrip-${escapeRegExp(entry.id)}$`));
			await expect(page.locator(`#begrip-${entry.id}`)).toBeInViewport();
		});
	}

	test('one preview at a time; closed by a tap outside, Escape, the close button or a second tap', async ({ page }) => {
		await page.goto('/h1-introductie/');
		const [first, second] = [0, 1].map((i) => page.locator('main p a.term-preview__link').nth(i));
		const [tip1, tip2] = [await tipFor(page, first!), await tipFor(page, second!)];

		await first!.tap();
		await expect(tip1).toBeVisible();
		await second!.tap();
		await expect(tip2).toBeVisible();
		await expect(tip1).toBeHidden();

		await page.locator('main h1').tap();
		await expect(tip2).toBeHidden();

		await first!.tap();
		await expect(tip1).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tip1).toBeHidden();

		await first!.tap();
		await tip1.getByRole('button', { name: 'Sluiten' }).tap();
		await expect(tip1).toBeHidden();

		await first!.tap();
		await expect(tip1).toBeVisible();
		await first!.tap();
		await expect(tip1).toBeHidden();
		expect(page.url()).toMatch(/\/h1-introductie\/$/);
	});
});

test.describe('on a 1280 px desktop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the first mention links to the glossary and shows its definition on keyboard focus', async ({ page }) => {
		await page.goto('/h1-introductie/');
		const links = page.locator('main a.term-preview__link');
		expect(await links.count()).toBeGreaterThan(5);
		const link = links.first();
		const entry = await entryFor(link);
		const tip = await tipFor(page, link);
		await expect(tip).toBeHidden();

		await tabTo(page, link);
		await expect(tip).toBeVisible();
		await expect(tip).toContainText(entry.definition);
		await expect(link).toHaveAccessibleDescription(`${entry.term} ${entry.definition}`);
		const axe = await new AxeBuilder({ page }).include('.term-preview__tip:popover-open').analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
		await expect(link).toBeFocused();

		// Enter follows the link, as any link.
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/begrippenlijst/#begrip-${escapeRegExp(entry.id)}$`));
	});

	test('hover opens a preview, which stays open while the pointer moves onto it', async ({ page }) => {
		await page.goto('/h1-introductie/');
		const link = page.locator('main p a.term-preview__link').first();
		const tip = await tipFor(page, link);
		await link.hover();
		await expect(tip).toBeVisible();
		await tip.getByRole('link', { name: 'Lees meer in de begrippenlijst' }).hover();
		await expect(tip).toBeVisible();
		await page.mouse.move(5, 5);
		await expect(tip).toBeHidden();
	});

	test('every term preview in a table is fully visible on hover and on focus', async ({ page }) => {
		test.setTimeout(120_000);
		let checked = 0;
		const problems: string[] = [];
		for (const path of chapters) {
			await page.goto(path);
			const links = page.locator('main table a.term-preview__link');
			for (let i = 0; i < (await links.count()); i++) {
				const link = links.nth(i);
				const tip = await tipFor(page, link);
				await link.scrollIntoViewIfNeeded();
				await link.hover();
				await expect(tip).toBeVisible();
				problems.push(...(await fullyVisible(tip)).map((p) => `${path} hover: ${p}`));
				await page.mouse.move(0, 0);
				await expect(tip).toBeHidden();

				await tabTo(page, link);
				await expect(tip).toBeVisible();
				problems.push(...(await fullyVisible(tip)).map((p) => `${path} focus: ${p}`));
				await page.keyboard.press('Escape');
				await expect(tip).toBeHidden();
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
		expect(problems).toEqual([]);
	});

	test('each term has one preview per page, linked once, never inside headings; previews stay out of search and print', async ({
		page,
	}) => {
		for (const path of chapters) {
			await page.goto(path);
			const tips = await page
				.locator('main [data-term-tip]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('data-term-tip')));
			expect(new Set(tips).size, path).toBe(tips.length);
			await expect(page.locator('main .term-preview__tip')).toHaveCount(tips.length);
			await expect(page.locator('main .term-preview__tip:not([data-pagefind-ignore])')).toHaveCount(0);
			await expect(page.locator('main :is(h1, h2, h3, h4) .term-preview__link')).toHaveCount(0);
		}
		const link = page.locator('main a.term-preview__link').first();
		const tip = await tipFor(page, link);
		await link.hover();
		await expect(tip).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(tip).toBeHidden();
	});
});

test('without JavaScript a term is a plain link to its glossary entry', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/h1-introductie/');
	const link = page.locator('main a.term-preview__link').first();
	await link.hover();
	await expect(await tipFor(page, link)).toBeHidden();
	const href = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href)}$`));
	await expect(page.locator(href.slice(href.indexOf('#')))).toBeVisible();
	await context.close();
});
