import { expect, test } from '@playwright/test';

test('a chapter loads one script file, with no second wave of imports, and its scripts all run', async ({ page }) => {
	await page.goto('/h1-introductie/', { waitUntil: 'networkidle' });
	// The browser's own timeline says which scripts were fetched before the page's load event and which after it.
	const { before, after } = await page.evaluate(() => {
		const loadStart = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart;
		const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
			(entry) => entry.initiatorType === 'script' || /\.js$/.test(new URL(entry.name).pathname),
		);
		const path = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname;
		return {
			before: scripts.filter((entry) => entry.startTime < loadStart).map(path),
			after: scripts.filter((entry) => entry.startTime >= loadStart).map(path),
		};
	});
	expect(before).toEqual([expect.stringMatching(/^\/_astro\/page-scripts\.[0-9a-f]{8}\.js$/)]);
	// Only the service worker's update helper (workbox-window) may follow, on purpose after the page has loaded.
	for (const script of after) expect(script).toMatch(/^\/_astro\/workbox-window\.[\w.-]+\.js$/);
	// Code from each former file still runs: our print button appears, Starlight's table of contents marks the
	// section on screen, and the search dialog opens from the keyboard.
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
	await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveCount(1);
	await page.keyboard.press('Control+k');
	await expect(page.locator('dialog[aria-label] input')).toBeFocused();
});
