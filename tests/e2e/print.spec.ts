import { expect, test, type Page } from '@playwright/test';
import { chapters, wholeSummary } from './handouts.ts';

const CHAPTERS = chapters();

/** Site chrome that has no place on paper. */
const CHROME = [
	'header.header',
	'nav.sidebar',
	'.right-sidebar-container',
	'mobile-starlight-toc',
	'.sl-skip-link',
	'.pagination-links',
	'site-search',
	'starlight-theme-select',
	'.content-panel footer',
	'.print-actions',
];

async function expectChromeHidden(page: Page) {
	for (const selector of CHROME) {
		for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
	}
}

test('there are chapters to print', () => {
	expect(CHAPTERS.length, 'no page in src/content/docs has `chapter:` in its frontmatter').toBeGreaterThan(0);
});

for (const chapter of CHAPTERS) {
	test(`${chapter.title}: prints as a handout without site chrome`, async ({ page }) => {
		await page.goto(chapter.path);
		const actions = page.locator('.print-actions');
		await expect(actions.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
		await expect(actions.getByRole('link', { name: /Download als PDF/ })).toHaveAttribute('href', chapter.pdf);
		// On screen the "Test jezelf" answers stay folded away.
		const answers = page.locator('main details > :not(summary)');
		for (const answer of await answers.all()) await expect(answer).toBeHidden();

		await page.emulateMedia({ media: 'print' });
		await expectChromeHidden(page);
		await expect(page.locator('main h1')).toHaveText(chapter.title);
		await expect(page.locator('main .sl-markdown-content')).toBeVisible();

		// Links to other sites carry their address on paper; links inside the site do not.
		const links = await page
			.locator('main .sl-markdown-content a[href]')
			.evaluateAll((anchors) =>
				anchors.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
			);
		for (const { href, after } of links) {
			if (href.startsWith('http')) expect(after, href).toBe(`"(${href})"`);
			else expect(after, href).not.toContain(href);
		}

		// "Test jezelf": every answer is on the printed page.
		for (const answer of await answers.all()) await expect(answer).toBeVisible();
	});
}

test('Afdrukken opens the print dialog and is hidden without JavaScript', async ({ page, browser }) => {
	test.skip(CHAPTERS.length === 0);
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.goto(CHAPTERS[0]!.path);
	await page.getByRole('button', { name: 'Afdrukken' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noScript.newPage();
	await plain.goto(new URL(CHAPTERS[0]!.path, page.url()).href);
	await expect(plain.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(plain.getByRole('link', { name: /Download als PDF/ })).toBeVisible();
	await noScript.close();
});

test('print is black on white in the dark theme', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.goto(CHAPTERS[0]?.path ?? '/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.emulateMedia({ media: 'print' });
	const colours = await page.evaluate(() => ({
		bg: getComputedStyle(document.body).backgroundColor,
		text: getComputedStyle(document.querySelector('main p') ?? document.body).color,
		heading: getComputedStyle(document.querySelector('main h1, main h2')!).color,
	}));
	expect(colours).toEqual({ bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', heading: 'rgb(0, 0, 0)' });
});

test('the whole summary holds every chapter in order, with working in-page links', async ({ page }) => {
	await page.goto(wholeSummary.path);
	await expect(page.locator('main h1')).toHaveText(wholeSummary.title);
	await expect(page.getByRole('link', { name: /Download als PDF/ })).toHaveAttribute('href', wholeSummary.pdf);
	// Kept out of the search index, so it does not shadow the chapter pages.
	await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body');

	const sections = page.locator('section.handout-chapter');
	await expect(sections.locator('.handout-chapter__title')).toHaveText(CHAPTERS.map((c) => c.title));
	await expect(page.locator('.handout-toc > ol > li > a')).toHaveText(CHAPTERS.map((c) => c.title));

	const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
	const headingIds = await page.locator('main :is(h2, h3, h4, h5, h6)[id]').evaluateAll((els) => els.map((e) => e.id));
	expect(new Set(headingIds).size, 'heading ids are unique on the page').toBe(headingIds.length);
	const fragments = await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	for (const fragment of new Set(fragments))
		expect(ids, `target of ${fragment}`).toContain(decodeURIComponent(fragment.slice(1)));
	// Links to a chapter page stay on this page.
	for (const chapter of CHAPTERS)
		await expect(page.locator(`main .handout-chapter a[href^="${chapter.path}"]`)).toHaveCount(0);

	// In the sidebar, after the chapters.
	const sidebar = await page
		.locator('#starlight__sidebar a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const position = sidebar.indexOf(wholeSummary.path);
	expect(position).toBeGreaterThan(-1);
	for (const chapter of CHAPTERS) expect(sidebar.indexOf(chapter.path)).toBeLessThan(position);

	// On paper each chapter starts a new sheet.
	await page.emulateMedia({ media: 'print' });
	await expectChromeHidden(page);
	const breaks = await sections.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
	expect(breaks).toEqual(CHAPTERS.map(() => 'page'));
});

test('the home page links every handout PDF, and each link downloads a PDF', async ({ page, request }) => {
	await page.goto('/');
	const hrefs = await page.locator('.pdf-downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual([wholeSummary.pdf, ...CHAPTERS.map((c) => c.pdf)]);
	for (const href of hrefs) {
		const response = await request.get(href!);
		expect(response.status(), href!).toBe(200);
		expect((await response.body()).subarray(0, 5).toString(), href!).toBe('%PDF-');
	}
});
