import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadGlossary } from '../../src/glossary/data.ts';
import { withoutBrackets } from '../../src/glossary/term-matching.ts';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';
import { GLOSSARY_PATH, sectionHref } from '../../src/shared/urls.ts';
import { NOTHING, QUERIES, type SearchQuery } from './search-queries.ts';

const glossary = loadGlossary();
const chapters = readChapterPages();
const chapterPath = (chapter: number) => chapters.find((c) => c.chapter === chapter)!.path;

/** Every glossary term's name (without a bracketed part, as students type it) is a query for its section. */
const TERM_QUERIES: SearchQuery[] = glossary.map((t) => ({
	q: withoutBrackets(t.term),
	page: chapterPath(t.chapter),
	anchor: t.anchor,
	why: `glossary term ${t.id}`,
}));
const ALL_QUERIES = [...QUERIES, ...TERM_QUERIES];

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

/** Types a query and waits until the result list for exactly that query is shown, with its first results loaded. */
async function search(page: Page, query: string) {
	await searchInput(page).fill(query);
	const message = dialog(page).locator('.pagefind-ui__message');
	await expect(message).toHaveText(
		new RegExp(`(resultaat|resultaten|Geen resultaten) voor ${escapeRegExp(query)}\\s*$`),
		{
			timeout: 15_000,
		},
	);
	const total = Number((await message.textContent())?.match(/^(\d+)/)?.[1] ?? 0);
	const results = dialog(page).locator('.pagefind-ui__result');
	for (let i = 0; i < Math.min(5, total); i++) {
		await expect(results.nth(i).locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
	}
	return total;
}

interface ShownResult {
	/** Path + #anchor of the result's own link, without the highlight parameter. */
	link: string;
	title: string;
	/** A glossary term answer (tagged "Begrip") rather than a page. */
	term: boolean;
	/** Every excerpt shown (the result's and its sections'), with the URL it belongs to. */
	excerpts: Array<{ url: string; text: string }>;
	/** Links of the result and its sections. */
	links: string[];
}

/** The results as the dialog shows them (the first five are loaded). */
async function shownResults(page: Page): Promise<ShownResult[]> {
	return dialog(page)
		.locator('.pagefind-ui__result')
		.evaluateAll((items) => {
			const path = (href: string) => {
				const url = new URL(href, location.href);
				return url.pathname + url.hash;
			};
			return items
				.filter((item) => item.querySelector('a.pagefind-ui__result-link'))
				.map((item) => {
					const links = [...item.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')].map((a) =>
						path(a.href),
					);
					const excerpts = [...item.querySelectorAll<HTMLElement>('.pagefind-ui__result-excerpt')].map((excerpt) => {
						const link = excerpt.closest('.pagefind-ui__result-nested, .pagefind-ui__result-inner')?.querySelector('a');
						return { url: path(link?.href ?? ''), text: excerpt.innerText };
					});
					return {
						link: links[0] ?? '',
						title: item.querySelector('a.pagefind-ui__result-link')?.textContent?.trim() ?? '',
						term: Boolean(item.querySelector('[data-pagefind-ui-meta="begrip"]')),
						excerpts,
						links,
					};
				});
		});
}

const words = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when `run` occurs as consecutive words in `within`. */
function isRunOf(run: string[], within: string[]): boolean {
	if (run.length === 0) return true;
	for (
		let i = within.indexOf(run[0]!);
		i !== -1 && i + run.length <= within.length;
		i = within.indexOf(run[0]!, i + 1)
	) {
		if (run.every((word, j) => within[i + j] === word)) return true;
	}
	return false;
}

/**
 * The words a reader can see on a page, in reading order: the main text with every `<details>` opened, without
 * what is only for screen readers or only on hover (term definitions). Diagrams and controls that the index skips
 * (`svg`, `[data-pagefind-ignore]`) are left out too, so an excerpt may run past them; they add no words to it.
 */
async function visibleWords(page: Page, path: string): Promise<string[]> {
	await page.goto(path);
	const text = await page.locator('main').evaluate((main) => {
		for (const details of main.querySelectorAll('details')) details.open = true;
		for (const hidden of main.querySelectorAll('.sr-only, [role="tooltip"], svg, [data-pagefind-ignore]'))
			hidden.remove();
		return (main as HTMLElement).innerText;
	});
	return words(text);
}

test('search finds the section that explains a term, for every query in the table and every glossary term', async ({
	page,
}) => {
	test.setTimeout(60_000 + ALL_QUERIES.length * 5_000);
	expect(QUERIES.length).toBeGreaterThanOrEqual(80);
	await page.goto('/');
	await openSearch(page);
	const failed: string[] = [];
	// One dialog for the whole table: loading the page and the index once keeps this fast on a busy machine.
	for (const { q, page: path, anchor, why } of ALL_QUERIES) {
		if ((await search(page, q)) === 0) {
			failed.push(`"${q}" (${why}): no results`);
			continue;
		}
		const links = (await shownResults(page)).slice(0, 3).flatMap((r) => r.links);
		if (!links.includes(sectionHref(path, anchor)))
			failed.push(`"${q}" (${why}): expected ${path}#${anchor}, got ${links.join(' ')}`);
	}
	console.log(
		`Search query table: ${ALL_QUERIES.length - failed.length}/${ALL_QUERIES.length} queries find their section in the top 3.`,
	);
	expect(failed).toEqual([]);
});

test('every excerpt is a run of words the reader sees on the page it links to', async ({ page, context }) => {
	test.setTimeout(120_000 + ALL_QUERIES.length * 5_000);
	const reader = await context.newPage();
	const pageWords = new Map<string, string[]>();
	const wordsOf = async (path: string) => {
		if (!pageWords.has(path)) pageWords.set(path, await visibleWords(reader, path));
		return pageWords.get(path)!;
	};
	await page.goto('/');
	await openSearch(page);
	const bad: string[] = [];
	let checked = 0;
	for (const { q } of ALL_QUERIES) {
		if ((await search(page, q)) === 0) continue;
		for (const result of (await shownResults(page)).slice(0, 5)) {
			for (const excerpt of result.excerpts) {
				// A term answer shows the definition as the Begrippenlijst writes it.
				const path = result.term ? GLOSSARY_PATH : excerpt.url.replace(/#.*$/, '');
				checked++;
				if (!isRunOf(words(excerpt.text), await wordsOf(path))) bad.push(`"${q}": ${path}: "${excerpt.text}"`);
			}
		}
	}
	console.log(`Checked ${checked} excerpts against the visible words of ${pageWords.size} pages.`);
	expect(checked).toBeGreaterThan(ALL_QUERIES.length);
	expect(bad).toEqual([]);
});

test('a query naming a glossary term or an alias answers first with the term, its definition and its section', async ({
	page,
}) => {
	test.setTimeout(60_000 + glossary.length * 8_000);
	await page.goto('/');
	await openSearch(page);
	const failed: string[] = [];
	for (const term of glossary) {
		for (const q of [withoutBrackets(term.term), ...term.aliases]) {
			if ((await search(page, q)) === 0) {
				failed.push(`"${q}": no results`);
				continue;
			}
			const [first] = await shownResults(page);
			// Names shared by several terms (an alias may also start another term) must answer with one of them.
			const answers = glossary.filter((t) => t.term === first?.title);
			const expected = sectionHref(chapterPath(term.chapter), term.anchor);
			if (
				!first?.term ||
				(first.title !== term.term &&
					!answers.some((t) => [t.term, ...t.aliases].some((n) => words(n).join(' ') === words(q).join(' '))))
			) {
				failed.push(
					`"${q}": first result is ${first?.term ? 'term' : 'page'} "${first?.title}", expected term "${term.term}"`,
				);
			} else if (
				first.title === term.term &&
				(first.link !== expected ||
					!words(first.excerpts[0]?.text ?? '')
						.join(' ')
						.includes(words(term.definition).slice(0, 6).join(' ')))
			) {
				failed.push(`"${q}": term answer links ${first.link} (expected ${expected}) with "${first.excerpts[0]?.text}"`);
			}
		}
	}
	expect(failed).toEqual([]);
	// The answer is in Dutch and says where the term is explained.
	await search(page, 'matrixorganisatie');
	const answer = dialog(page).locator('.pagefind-ui__result').first();
	await expect(answer.locator('[data-pagefind-ui-meta="begrip"]')).toHaveText(/^Begrip: uitgelegd in H3 /);
});

test('a typo still finds the section and says what was searched; a query like nothing finds nothing', async ({
	page,
}) => {
	await page.goto('/');
	await openSearch(page);
	const notice = dialog(page).locator('.search-did-you-mean');
	await search(page, 'acountmanager');
	await expect(notice).toHaveText('Bedoelde je accountmanager? De resultaten hieronder zijn daarvoor.');
	await search(page, 'consultive selling');
	await expect(notice).toHaveText(/^Bedoelde je consultative selling\?/);
	await search(page, 'accountmanager');
	await expect(notice).toHaveCount(0);
	for (const q of NOTHING) {
		expect(await search(page, q), `"${q}" resembles nothing on the site`).toBe(0);
		await expect(notice).toHaveCount(0);
	}
	const axe = await new AxeBuilder({ page }).include('site-search dialog').analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the chapter filter keeps only results from that chapter', async ({ page }) => {
	await page.goto('/');
	await openSearch(page);
	const all = await search(page, 'organisatie');
	const filter = dialog(page).getByRole('checkbox', { name: /^H3 Organisatie van sales/ });
	await expect(filter).toBeVisible();
	await filter.check();
	const message = dialog(page).locator('.pagefind-ui__message');
	await expect(async () => {
		const shown = Number((await message.textContent())?.match(/^(\d+)/)?.[1] ?? 0);
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(all);
	}).toPass({ timeout: 15_000 });
	await expect(dialog(page).locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
	const links = (await shownResults(page)).flatMap((r) => r.links);
	expect(links.length).toBeGreaterThan(0);
	for (const link of links) expect(link).toMatch(new RegExp(`^${escapeRegExp(chapterPath(3))}`));
	const axe = await new AxeBuilder({ page }).include('site-search dialog').analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('an inflected word finds its base form (verkopers → verkoper)', async ({ page }) => {
	await page.goto('/');
	await openSearch(page);
	await search(page, 'verkopers');
	const marked = await dialog(page).locator('.pagefind-ui__result-excerpt mark').allTextContents();
	expect(marked.map((m) => m.toLowerCase().replace(/[^\p{L}]/gu, ''))).toContain('verkoper');
});

test('no page carries hidden search text', async ({ page }) => {
	for (const chapter of chapters) {
		await page.goto(chapter.path);
		await expect(page.locator('[data-search-keywords], [data-pagefind-index-attrs]')).toHaveCount(0);
	}
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
