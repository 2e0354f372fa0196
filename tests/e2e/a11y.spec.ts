/**
 * axe-core on every built page (found in dist/): in the light theme at desktop width and at phone width (390px)
 * with all of axe's default rules (WCAG A/AA plus best practices, none switched off), and in the dark theme, at both
 * widths, with the rules a theme can change (colours, theme-specific images such as diagrams; tables and diagrams
 * have their own phone layouts). One page load per page keeps
 * this affordable on a busy 2-core machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distPages } from '../lib/dist-pages.ts';

/** What differs between the light and the dark theme: colours and which (themed) images are shown. */
const THEME_RULES = ['color-contrast', 'link-in-text-block', 'image-alt', 'svg-img-alt', 'role-img-alt', 'object-alt'];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** One readable line per failing node, so the report says what to fix where. */
const describe = (violations: Violations): string[] =>
	violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));

async function axe(page: Page, rules?: string[]): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	if (rules) builder.withRules(rules);
	return describe((await builder.analyze()).violations);
}

for (const path of distPages()) {
	test(`axe: ${path} (light, phone 390px, dark, dark phone)`, async ({ page }) => {
		// Long pages (the whole summary) take a while for axe on a busy 2-core machine.
		test.setTimeout(240_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.addInitScript(() => {
			if (!localStorage.getItem('starlight-theme')) localStorage.setItem('starlight-theme', 'light');
		});
		await page.goto(path, { waitUntil: 'load' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const light = await axe(page);

		await page.setViewportSize({ width: 390, height: 844 });
		const phone = await axe(page);

		// Switch the theme the way a student does: with Starlight's theme picker.
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const dark = await axe(page, THEME_RULES);

		await page.setViewportSize({ width: 390, height: 844 });
		const darkPhone = await axe(page, THEME_RULES);

		expect({ light, phone, dark, darkPhone }).toEqual({ light: [], phone: [], dark: [], darkPhone: [] });
	});
}

test('the axe check fails a page with a missing alt text, low contrast and a mislabelled button', async ({ page }) => {
	await page.setContent(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'a11y-broken.html'), 'utf8'));
	expect((await axe(page)).map((line) => line.split(' ')[0]).sort()).toEqual([
		'color-contrast',
		'image-alt',
		'label-content-name-mismatch',
	]);
});
