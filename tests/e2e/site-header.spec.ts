import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The header as a reader sees it: the site title is never cut (phones get the short form, whole) and the theme
 * picker shows its Dutch labels in full, on a desktop and on a 390 px phone (where the picker sits in the menu).
 */

/** How much wider each option's text is than the room the select gives it (≤ 0: it fits). */
const overflowOfOptions = (select: Locator) =>
	select.evaluate((el: HTMLSelectElement) => {
		const style = getComputedStyle(el);
		const context = document.createElement('canvas').getContext('2d')!;
		context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
		const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		return Object.fromEntries(
			[...el.options].map((option) => [option.text, Math.ceil(context.measureText(option.text).width - room)]),
		);
	});

/** The displayed title text and whether it ends inside the header's clipping box. */
const shownTitle = (page: Page) =>
	page.locator('.title-wrapper').evaluate((wrapper) => {
		const spans = [...wrapper.querySelectorAll('.site-title span')].filter(
			(span) => getComputedStyle(span).display !== 'none',
		);
		const box = wrapper.getBoundingClientRect();
		return spans.map((span) => ({
			text: span.textContent,
			whole: span.getBoundingClientRect().right <= box.right + 0.5,
		}));
	});

for (const { name, width, height } of [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone 390px', width: 390, height: 844 },
	{ name: 'phone 320px', width: 320, height: 640 },
]) {
	test.describe(name, () => {
		test.use({ viewport: { width, height } });

		test('the site title shows whole, the short form on phones', async ({ page }) => {
			await page.goto('/h1-introductie/');
			const expected = width >= 928 ? 'Samenvatting Sales- en accountmanagement' : 'Sales & AM';
			expect(await shownTitle(page)).toEqual([{ text: expected, whole: true }]);
			await expect(page.getByRole('link', { name: expected, exact: true })).toHaveAttribute('href', '/');
		});

		if (name === 'desktop') {
			test('the title is whole at every width from phone to desktop', async ({ page }) => {
				await page.goto('/h1-introductie/');
				for (let w = 320; w <= 1280; w += 24) {
					await page.setViewportSize({ width: w, height: 600 });
					const shown = await shownTitle(page);
					expect(shown, `${w}px`).toHaveLength(1);
					expect(shown[0]!.whole, `${w}px: "${shown[0]!.text}" is cut`).toBe(true);
				}
			});
		}

		test('the theme picker shows "Automatisch" and its other labels in full', async ({ page }) => {
			await page.goto('/h1-introductie/');
			if (width < 800) await page.getByRole('button', { name: 'Menu' }).click();
			const select = page.locator('starlight-theme-select select').locator('visible=true');
			await expect(select).toHaveCount(1);
			await expect(select.locator('option:checked')).toHaveText('Automatisch');
			const overflow = await overflowOfOptions(select);
			expect(Object.keys(overflow)).toEqual(['Donker', 'Licht', 'Automatisch']);
			for (const [label, pixels] of Object.entries(overflow)) expect(pixels, label).toBeLessThanOrEqual(0);
		});
	});
}
