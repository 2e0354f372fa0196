import { expect, test } from '@playwright/test';

test('a chapter loads one script file, with no second wave of imports, and its scripts all run', async ({ page }) => {
	const scripts: string[] = [];
	const afterLoad: string[] = [];
	let loaded = false;
	page.on('load', () => (loaded = true));
	page.on('request', (request) => {
		if (request.resourceType() === 'script') (loaded ? afterLoad : scripts).push(new URL(request.url()).pathname);
	});
	await page.goto('/h1-introductie/', { waitUntil: 'networkidle' });
	expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/page-scripts\.[0-9a-f]{8}\.js$/)]);
	// Only the service worker's update helper (workbox-window) may follow, on purpose after the page has loaded.
	for (const script of afterLoad) expect(script).toMatch(/^\/_astro\/workbox-window\.[\w.-]+\.js$/);
	// Code from each former file still runs: our print button appears, Starlight's table of contents marks the
	// section on screen, and the search dialog opens from the keyboard.
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
	await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveCount(1);
	await page.keyboard.press('Control+k');
	await expect(page.locator('dialog[aria-label] input')).toBeFocused();
});
