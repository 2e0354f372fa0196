/** The home page on a phone and a desktop: its title once in the tab, a balanced hero title, a card for each way in. */
import { expect, test } from '@playwright/test';

const SITE = 'Samenvatting Sales- en accountmanagement';

test('the browser tab names the site once', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(SITE);
});

for (const width of [320, 390, 1280]) {
	test(`the hero title at ${width} px has no lone word on its last line`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/');
		const title = page.locator('.hero h1');
		// The words of the last line, from where each word's first letter is laid out.
		const lastLine = await title.evaluate((h1) => {
			const text = h1.firstChild as Text;
			const words: Array<{ word: string; top: number }> = [];
			for (const match of text.data.matchAll(/\S+/g)) {
				const range = document.createRange();
				range.setStart(text, match.index);
				range.setEnd(text, match.index + 1);
				words.push({ word: match[0], top: range.getBoundingClientRect().top });
			}
			const last = Math.max(...words.map((w) => w.top));
			return words.filter((w) => w.top === last).map((w) => w.word.replaceAll('\u00ad', ''));
		});
		if (lastLine.length === 1) expect(lastLine[0]!.length, `last line: ${lastLine}`).toBeGreaterThan(8);
	});
}

test('Oefenen and Toets jezelf each have a card beside the chapters', async ({ page }) => {
	await page.goto('/');
	for (const [name, href] of [
		['Oefenen', '/oefenen/'],
		['Toets jezelf', '/toets/'],
	])
		await expect(page.locator(`main .sl-link-card:has(a[href="${href}"])`)).toContainText(name!);
});
