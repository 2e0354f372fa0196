import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './src/shared/browser.ts';
const base = 'http://localhost:4446';
const browser = await chromium.launch(chromiumLaunchOptions());
const which = process.argv[2] ?? 'all';
for (const theme of ['light', 'dark']) {
	for (const width of [1280, 390]) {
		const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', reducedMotion: 'reduce' });
		const page = await context.newPage();
		page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
		page.on('pageerror', (e) => console.log('pageerror', e.message));
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const tag = `${theme}-${width}`;
		if (which === 'all' || which === 'trainer') {
			await page.goto(base + '/oefenen/');
			await page.locator('[data-fc-card]').waitFor();
			await page.locator('[data-fc-app]').screenshot({ path: `/tmp/shots/trainer-front-${tag}.png` });
			await page.locator('[data-fc-card]').click();
			await page.waitForTimeout(100);
			await page.locator('[data-fc-app]').screenshot({ path: `/tmp/shots/trainer-back-${tag}.png` });
		}
		if (which === 'all' || which === 'quiz') {
			await page.goto(base + '/toets/');
			await page.getByRole('button', { name: 'Begin de toets' }).click();
			await page.locator('[data-quiz-app]').screenshot({ path: `/tmp/shots/quiz-question-${tag}.png` });
			for (let i = 0; i < 20; i++) {
				const options = page.locator('[data-quiz-options] button');
				if (await page.locator('[data-quiz-result]').isVisible()) break;
				if (await options.count()) await options.nth(i % 2).click();
				else {
					await page.getByRole('button', { name: 'Toon het antwoord' }).click();
					if (i === 12) await page.locator('[data-quiz-app]').screenshot({ path: `/tmp/shots/quiz-open-${tag}.png` });
					await page.getByRole('button', { name: i % 2 ? 'Ik had het goed' : 'Ik had het niet goed' }).click();
				}
				await page.locator('[data-quiz-next]').click();
			}
			await page.locator('[data-quiz-app]').screenshot({ path: `/tmp/shots/quiz-score-${tag}.png` });
		}
		if (which === 'all' || which === 'home') {
			await page.goto(base + '/');
			await page.locator('study-progress').screenshot({ path: `/tmp/shots/home-${tag}.png` });
		}
		await context.close();
	}
}
await browser.close();
