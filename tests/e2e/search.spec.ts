import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadGlossary } from '../../src/glossary/data.ts';

/**
 * What a student types, and the section that explains it. The section must be among the links of the first three
 * results in the search dialog (a page result plus the heading sub-results Pagefind shows under it).
 */
const QUERIES: ReadonlyArray<{ q: string; page: string; anchor: string; why: string }> = [
	// Without diacritics.
	{ q: 'geintegreerd', page: '/h2-omgeving-en-context/', anchor: 'vier-manieren-van-samenwerken', why: 'diacritics' },
	{ q: 'orientatie', page: '/h1-introductie/', anchor: 'vijf-fasen-van-relatiemanagement', why: 'diacritics' },
	{
		q: 'geindividualiseerde waardepropositie',
		page: '/h1-introductie/',
		anchor: 'waarde-voor-de-klant',
		why: 'diacritics',
	},
	// Inflections.
	{ q: 'accountmanagers', page: '/h1-introductie/', anchor: 'wat-is-sales', why: 'plural' },
	{ q: 'invalshoek', page: '/h2-omgeving-en-context/', anchor: 'drie-invalshoeken-van-marketing', why: 'singular' },
	// Abbreviations.
	{ q: 'MVO', page: '/h1-introductie/', anchor: 'vijf-fasen-van-relatiemanagement', why: 'abbreviation' },
	{ q: 'AM', page: '/h3-organisatie-van-sales/', anchor: 'vijf-salesorganisatiestructuren', why: 'abbreviation' },
	{ q: '4P', page: '/h2-omgeving-en-context/', anchor: 'marketing-als-activiteit-de-4-ps', why: 'abbreviation' },
	// English terms the book uses.
	{ q: 'value selling', page: '/h1-introductie/', anchor: 'waarde-voor-de-klant', why: 'English term' },
	{ q: 'consultative selling', page: '/h1-introductie/', anchor: 'consultative-selling', why: 'English term' },
	{ q: 'social selling', page: '/h1-introductie/', anchor: 'social-selling', why: 'English term' },
	// Parts of Dutch compounds.
	{ q: 'leiderschap', page: '/h1-introductie/', anchor: 'salesleiderschap', why: 'compound head' },
	{ q: 'marketing', page: '/h1-introductie/', anchor: 'vijf-fasen-van-relatiemanagement', why: 'compound head' },
	{
		q: 'levenscyclus',
		page: '/h2-omgeving-en-context/',
		anchor: 'product-en-productlevenscyclus',
		why: 'compound head',
	},
	// The main term of every chapter section.
	{ q: 'sales', page: '/h1-introductie/', anchor: 'wat-is-sales', why: 'section H1' },
	{ q: 'relatiemanagement', page: '/h1-introductie/', anchor: 'vijf-fasen-van-relatiemanagement', why: 'section H1' },
	{ q: 'salesgerichte organisatie', page: '/h1-introductie/', anchor: 'salesgerichte-organisatie', why: 'section H1' },
	{
		q: 'productgerichte organisatie',
		page: '/h1-introductie/',
		anchor: 'productgerichte-organisatie',
		why: 'section H1',
	},
	{ q: 'klantgerichte organisatie', page: '/h1-introductie/', anchor: 'klantgerichte-organisatie', why: 'section H1' },
	{ q: 'salesbenaderingen', page: '/h1-introductie/', anchor: 'vier-salesbenaderingen', why: 'section H1' },
	{ q: 'transactional selling', page: '/h1-introductie/', anchor: 'transactional-selling', why: 'section H1' },
	{ q: 'adaptive selling', page: '/h1-introductie/', anchor: 'adaptive-selling', why: 'section H1' },
	{ q: 'collaborative selling', page: '/h1-introductie/', anchor: 'collaborative-selling', why: 'section H1' },
	{ q: 'intern verkopen', page: '/h1-introductie/', anchor: 'intern-verkopen', why: 'section H1' },
	{ q: 'salesleiderschap', page: '/h1-introductie/', anchor: 'salesleiderschap', why: 'section H1' },
	{ q: 'klantwaarde', page: '/h1-introductie/', anchor: 'klantwaarde', why: 'section H1' },
	{
		q: 'sales qualified lead',
		page: '/h1-introductie/',
		anchor: 'waarom-sales-marketingleads-negeert',
		why: 'section H1',
	},
	{
		q: 'samenwerken marketing sales',
		page: '/h2-omgeving-en-context/',
		anchor: 'vier-manieren-van-samenwerken',
		why: 'section H2',
	},
	{ q: 'Ansoff', page: '/h2-omgeving-en-context/', anchor: 'de-ansoff-groeimatrix', why: 'section H2' },
	{
		q: 'productlevenscyclus',
		page: '/h2-omgeving-en-context/',
		anchor: 'product-en-productlevenscyclus',
		why: 'section H2',
	},
	{ q: 'prijs', page: '/h2-omgeving-en-context/', anchor: 'prijs', why: 'section H2' },
	{ q: 'plaats distributie', page: '/h2-omgeving-en-context/', anchor: 'plaats', why: 'section H2' },
	{ q: 'promotie', page: '/h2-omgeving-en-context/', anchor: 'promotie', why: 'section H2' },
	{ q: 'rollen van sales', page: '/h1-introductie/', anchor: 'drie-rollen-van-sales', why: 'section H1' },
	{
		q: 'algemene organisatiestructuren',
		page: '/h3-organisatie-van-sales/',
		anchor: 'vier-algemene-organisatiestructuren',
		why: 'section H3',
	},
	{ q: 'lijnorganisatie', page: '/h3-organisatie-van-sales/', anchor: 'lijnorganisatie', why: 'section H3' },
	{ q: 'lijn-staforganisatie', page: '/h3-organisatie-van-sales/', anchor: 'lijn-staforganisatie', why: 'section H3' },
	{ q: 'matrixorganisatie', page: '/h3-organisatie-van-sales/', anchor: 'matrixorganisatie', why: 'section H3' },
	{ q: 'projectorganisatie', page: '/h3-organisatie-van-sales/', anchor: 'projectorganisatie', why: 'section H3' },
	{
		q: 'functionele salesorganisatie',
		page: '/h3-organisatie-van-sales/',
		anchor: 'functionele-salesorganisatie',
		why: 'section H3',
	},
	{
		q: 'geografische salesorganisatie',
		page: '/h3-organisatie-van-sales/',
		anchor: 'geografische-salesorganisatie',
		why: 'section H3',
	},
	{
		q: 'afnemersgerichte salesorganisatie',
		page: '/h3-organisatie-van-sales/',
		anchor: 'afnemersgerichte-salesorganisatie',
		why: 'section H3',
	},
	{
		q: 'marktgerichte salesorganisatie',
		page: '/h3-organisatie-van-sales/',
		anchor: 'marktgerichte-salesorganisatie',
		why: 'section H3',
	},
	{
		q: 'salesregio',
		page: '/h3-organisatie-van-sales/',
		anchor: 'salesregios-in-een-geografische-organisatie',
		why: 'section H3',
	},
	{ q: 'filosofie', page: '/h2-omgeving-en-context/', anchor: 'marketing-als-filosofie', why: 'section H2' },
	{ q: 'strategie', page: '/h2-omgeving-en-context/', anchor: 'marketing-als-strategie', why: 'section H2' },
	{
		q: 'marketing als filosofie',
		page: '/h2-omgeving-en-context/',
		anchor: 'marketing-als-filosofie',
		why: 'common words',
	},
];

/**
 * Known gaps: phrases with very common words (`als`, `van de`). Pagefind ranks the page right, but its result list
 * shows the three sections with the MOST hits, and `van`, `de`, `als`, `marketing` occur in every long section, so
 * the short section named by the phrase is not among them. These run as expected failures: when one starts to pass,
 * the test says so and it moves up into QUERIES.
 */
const KNOWN_GAPS: typeof QUERIES = [
	{ q: 'waarde van de klant', page: '/h1-introductie/', anchor: 'waarde-van-de-klant', why: 'common words' },
	{
		q: 'marketing als strategie',
		page: '/h2-omgeving-en-context/',
		anchor: 'marketing-als-strategie',
		why: 'common words',
	},
];

// Generous limits: the suite shares two cores with other builds, and loading the index is the slow part.
test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 30_000 });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dialog = (page: Page) => page.locator('site-search dialog');
const searchInput = (page: Page) => dialog(page).locator('.pagefind-ui__search-input');

async function openSearch(page: Page) {
	await page.getByRole('button', { name: 'Zoeken' }).first().click();
	await expect(searchInput(page)).toBeVisible();
}

/** Types a query and waits until the result list for exactly that query is shown. */
async function search(page: Page, query: string) {
	await searchInput(page).fill(query);
	const message = dialog(page).locator('.pagefind-ui__message');
	await expect(message).toHaveText(new RegExp(`(resultaat|resultaten|Geen resultaten) voor ${escapeRegExp(query)}$`), {
		timeout: 15_000,
	});
	const total = Number((await message.textContent())?.match(/^(\d+)/)?.[1] ?? 0);
	// Each result loads its own data; wait until the first three show their links.
	const results = dialog(page).locator('.pagefind-ui__result');
	for (let i = 0; i < Math.min(3, total); i++) {
		await expect(results.nth(i).locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
	}
	return total;
}

/** Links (page and sections) of the first three results, as path + #anchor without the highlight parameter. */
async function topThreeLinks(page: Page): Promise<string[]> {
	return dialog(page)
		.locator('.pagefind-ui__result')
		.evaluateAll((items) =>
			items.slice(0, 3).flatMap((item) =>
				[...item.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')].map((a) => {
					const url = new URL(a.href);
					return url.pathname + url.hash;
				}),
			),
		);
}

/** Runs the queries in one search dialog and returns the ones whose section is not among the first three results. */
async function misses(page: Page, queries: typeof QUERIES): Promise<string[]> {
	await page.goto('/');
	await openSearch(page);
	const failed: string[] = [];
	// One dialog for the whole table: loading the page and the index once keeps this fast on a busy machine.
	for (const { q, page: path, anchor, why } of queries) {
		expect(await search(page, q), `results for "${q}"`).toBeGreaterThan(0);
		const links = await topThreeLinks(page);
		if (!links.includes(`${path}#${anchor}`)) {
			failed.push(`"${q}" (${why}): expected ${path}#${anchor}, got ${links.join(' ')}`);
		}
	}
	return failed;
}

test('search finds the section that explains a term, for every query in the table', async ({ page }) => {
	test.setTimeout(60_000 + QUERIES.length * 10_000);
	expect(QUERIES.length).toBeGreaterThanOrEqual(30);
	const failed = await misses(page, QUERIES);
	const total = QUERIES.length + KNOWN_GAPS.length;
	console.log(
		`Search query table: ${QUERIES.length - failed.length}/${QUERIES.length} required queries pass; ` +
			`${KNOWN_GAPS.length} known gaps (${Math.round((100 * (QUERIES.length - failed.length)) / total)}% of ${total}).`,
	);
	expect(failed).toEqual([]);
});

test('known gaps still miss (move a query into the table once it passes)', async ({ page }) => {
	test.setTimeout(60_000 + KNOWN_GAPS.length * 10_000);
	const failed = await misses(page, KNOWN_GAPS);
	expect(
		failed.length,
		`these now pass: ${KNOWN_GAPS.filter((g) => !failed.some((f) => f.startsWith(`"${g.q}"`))).map((g) => g.q)}`,
	).toBe(KNOWN_GAPS.length);
});

test('an inflected word finds its base form (verkopers → verkoper)', async ({ page }) => {
	await page.goto('/');
	await openSearch(page);
	await search(page, 'verkopers');
	const marked = await dialog(page).locator('.pagefind-ui__result-excerpt mark').allTextContents();
	expect(marked.map((m) => m.toLowerCase().replace(/[^\p{L}]/gu, ''))).toContain('verkoper');
});

/** English UI text from Starlight's and Pagefind's English strings that must not show on the Dutch site. */
const ENGLISH_UI = [
	/\bSearch\b/,
	/\bClear\b/,
	/Load more/,
	/\bresults? for\b/,
	/No results/,
	/Searching/,
	/\bCancel\b/,
	/Skip to content/,
	/Select theme/,
	/\bDark\b/,
	/\bLight\b/,
	/On this page/,
	/\bOverview\b/,
	/Last updated/,
	/\bPrevious\b/,
	/\bNext\b/,
	/Section titled/,
	/Built with/,
	/Edit page/,
	/\bMain\b/,
	/Copy to clipboard/,
];

/** Visible text and the labels a screen reader or tooltip would show, in the given parts of the page. */
async function uiTexts(page: Page, selector: string): Promise<string[]> {
	return page
		.locator(selector)
		.evaluateAll((roots) =>
			roots.flatMap((root) => [
				(root as HTMLElement).innerText,
				...[...root.querySelectorAll('[aria-label], [placeholder], [title]'), root].flatMap((el) =>
					['aria-label', 'placeholder', 'title'].map((attr) => el.getAttribute(attr) ?? ''),
				),
			]),
		);
}

function expectDutch(texts: string[], where: string) {
	const text = texts.join('\n');
	for (const english of ENGLISH_UI) expect(text, `${where}: ${english} in\n${text}`).not.toMatch(english);
}

test('the search UI loads only when the reader goes to search, and then works at once', async ({ page }) => {
	const uiScripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script' && /ui-core|pagefind/.test(request.url())) uiScripts.push(request.url());
	});
	await page.goto('/h1-introductie/', { waitUntil: 'networkidle' });
	// Idle time that Starlight would have used to fetch and build Pagefind's UI.
	await page.waitForTimeout(1_500);
	expect(uiScripts, 'no search JavaScript before the reader searches').toEqual([]);

	// Keyboard shortcut: the dialog opens, the UI is built, the cursor lands in the search field.
	await page.keyboard.press('Control+k');
	await expect(searchInput(page)).toBeVisible();
	await expect(searchInput(page)).toBeFocused();
	expect(uiScripts.length).toBeGreaterThan(0);
	expect(await search(page, 'verkoper')).toBeGreaterThan(0);
});

test('a tap on the search button on a phone opens a search with the cursor in the field', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto('/h2-omgeving-en-context/', { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Zoeken' }).first().tap();
	await expect(searchInput(page)).toBeVisible();
	await expect(searchInput(page)).toBeFocused();
	expect(await search(page, 'ansoff')).toBeGreaterThan(0);
	await context.close();
});

test('search dialog and page chrome have no English UI text', async ({ page }) => {
	await page.goto('/h1-introductie/');
	const chrome =
		'header.header, .sidebar-pane, .right-sidebar-container, footer, .sl-skip-link, a[href="#_top"], .sl-anchor-link';
	expectDutch(await uiTexts(page, chrome), 'page chrome');

	await openSearch(page);
	expectDutch(await uiTexts(page, 'site-search dialog'), 'empty search dialog');
	await expect(searchInput(page)).toHaveAttribute('placeholder', 'Zoeken');

	await search(page, 'verkoper');
	await expect(dialog(page).locator('.pagefind-ui__message')).toHaveText(/^\d+ (resultaat|resultaten) voor verkoper$/);
	expectDutch(await uiTexts(page, 'site-search dialog'), 'search dialog with results');

	await search(page, 'xqzwv');
	await expect(dialog(page).locator('.pagefind-ui__message')).toHaveText('Geen resultaten voor xqzwv');
	expectDutch(await uiTexts(page, 'site-search dialog'), 'search dialog without results');
});

test('the page a result leads to highlights the term, scrolls to it, and clears it on the next search', async ({
	page,
}) => {
	await page.goto('/');
	await openSearch(page);
	await search(page, 'transformationeel');
	await dialog(page).locator('a.pagefind-ui__result-link[href*="#salesleiderschap"]').first().click();

	await expect(page).toHaveURL(/\/h1-introductie\/\?zoekterm=transformationeel#salesleiderschap$/);
	const marks = page.locator('main mark.pagefind-highlight');
	// pagefind-highlight.js loads after the page; allow for a slow machine.
	await expect(marks.first()).toHaveText(/^transformationeel$/i, { timeout: 20_000 });
	const current = page.locator('mark.pagefind-highlight--current');
	await expect(current).toHaveCount(1);
	await expect(current).toBeInViewport();
	// The first highlight after the section heading, not one higher up the page.
	expect(
		await current.evaluate((mark) => {
			const heading = document.getElementById('salesleiderschap')!;
			return Boolean(heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
		}),
	).toBe(true);

	await openSearch(page);
	await searchInput(page).fill('klantwaarde');
	await expect(marks).toHaveCount(0);
});

test.describe('term previews', () => {
	const glossary = loadGlossary();

	test('the first mention links to the glossary and shows its definition on keyboard focus', async ({ page }) => {
		await page.goto('/h1-introductie/');
		const previews = page.locator('main .term-preview');
		expect(await previews.count()).toBeGreaterThan(5);

		const link = previews.first().locator('a.term-preview__link');
		const href = (await link.getAttribute('href'))!;
		const id = href.match(/^\/begrippenlijst\/#begrip-(.+)$/)?.[1];
		const entry = glossary.find((t) => t.id === id);
		expect(entry, `link ${href} points to a glossary term`).toBeDefined();

		const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
		await expect(tip).toHaveAttribute('role', 'tooltip');
		await expect(tip).toBeHidden();
		// Reach it with the keyboard: focus the element before it and tab once.
		await link.evaluate((a) => {
			const before = document.createElement('button');
			before.textContent = 'start';
			a.closest('p, li, td, div')!.prepend(before);
			before.focus();
		});
		await page.keyboard.press('Tab');
		await expect(link).toBeFocused();
		await expect(tip).toBeVisible();
		await expect(tip).toContainText(entry!.definition);
		await expect(link).toHaveAccessibleDescription(`${entry!.term} ${entry!.definition}`);

		const axe = await new AxeBuilder({ page }).include('.term-preview').analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
		await expect(link).toBeFocused();
	});

	test('each term is linked once per page, never inside headings', async ({ page }) => {
		await page.goto('/h1-introductie/');
		const hrefs = await page
			.locator('main a.term-preview__link')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(new Set(hrefs).size).toBe(hrefs.length);
		await expect(page.locator('main :is(h1, h2, h3, h4) .term-preview')).toHaveCount(0);
	});

	test('opens on hover and shows in the glossary without JavaScript as a plain link', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/h1-introductie/');
		const preview = page.locator('main .term-preview').first();
		await expect(preview.locator('.term-preview__tip')).toBeHidden();
		await preview.locator('a').hover();
		await expect(preview.locator('.term-preview__tip')).toBeVisible();
		const href = await preview.locator('a').getAttribute('href');
		await preview.locator('a').click();
		await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href!)}$`));
		await expect(page.locator(href!.slice(href!.indexOf('#')))).toBeVisible();
		await context.close();
	});
});
