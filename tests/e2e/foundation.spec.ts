import { expect, test } from '@playwright/test';

test('home page is Dutch and titled', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page).toHaveTitle(/Samenvatting Sales- en accountmanagement/);
	// Starlight's own UI strings in Dutch.
	await expect(page.getByRole('button', { name: /Zoeken/ })).toBeVisible();
	await expect(page.locator('.sl-skip-link, a[href="#_top"]').first()).toHaveText('Ga naar inhoud');
	await expect(page.getByText('Robin van der Werf').first()).toBeVisible();
});

test('search dialog opens and finds a word from the home page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: /Zoeken/ }).click();
	const dialog = page.locator('dialog[aria-label]');
	await expect(dialog).toBeVisible();
	await dialog.locator('input').fill('hand-out');
	const firstResult = dialog.locator('.pagefind-ui__result-link').first();
	await expect(firstResult).toBeVisible({ timeout: 15_000 });
	await expect(firstResult).toHaveAttribute('href', /\//);
});

test('theme picker switches the page to dark', async ({ page }) => {
	await page.goto('/');
	const select = page.locator('starlight-theme-select select').first();
	await select.selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await select.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(darkBg).not.toBe(lightBg);
	// The choice survives a reload.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('print media hides the site navigation', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('header.header')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('main')).toBeVisible();
});
