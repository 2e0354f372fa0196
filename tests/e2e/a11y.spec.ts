/**
 * axe-core on every built page (found in dist/) in the light and dark theme and at phone width: 0 violations.
 * Rules: axe's defaults (WCAG A/AA plus best practices), nothing switched off.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distPages } from '../lib/dist-pages.ts';

interface Variant {
	name: string;
	theme: 'light' | 'dark';
	width: number;
}

const VARIANTS: Variant[] = [
	{ name: 'light', theme: 'light', width: 1280 },
	{ name: 'dark', theme: 'dark', width: 1280 },
	{ name: 'phone 390px', theme: 'light', width: 390 },
];

/** Opens the page with Starlight's stored theme choice already set, as on a repeat visit. */
async function openInTheme(page: Page, path: string, theme: Variant['theme']): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	await page.goto(path, { waitUntil: 'load' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** One readable line per failing node, so the report says what to fix where. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
	return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
}

for (const path of distPages()) {
	for (const variant of VARIANTS) {
		test(`axe: ${path} (${variant.name})`, async ({ page }) => {
			await page.setViewportSize({ width: variant.width, height: 900 });
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await openInTheme(page, path, variant.theme);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(describe(violations)).toEqual([]);
		});
	}
}

test('the axe check fails a page with a missing alt text, low contrast and a mislabelled button', async ({ page }) => {
	await page.setContent(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'a11y-broken.html'), 'utf8'));
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => v.id).sort()).toEqual(['color-contrast', 'image-alt', 'label-content-name-mismatch']);
});
