/**
 * The content as a student meets it in the built site: every fact of the notes on its chapter page, every
 * glossary term on /begrippenlijst/ linking to a heading that exists, "Test jezelf" questions that open,
 * chapter navigation in order, and a home page that points to all of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { FACTS } from '../coverage/facts.ts';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';
import { sectionHref } from '../../src/shared/urls.ts';

interface GlossaryItem {
	id: string;
	term: string;
	chapter: number;
	anchor: string;
}

const glossary = parse(
	readFileSync(resolve(import.meta.dirname, '../../src/content/glossary.yaml'), 'utf8'),
) as GlossaryItem[];
const chapters = readChapterPages().map(({ chapter, path }) => ({ n: chapter, path }));
const CHAPTER_PATHS: Record<number, string> = Object.fromEntries(chapters.map(({ n, path }) => [n, path]));

/**
 * The visible body text of a page, whitespace collapsed. Diagrams, code and the collapsed "Test jezelf" answers
 * are left out, so a fact only counts when the prose or a table states it.
 */
async function bodyText(page: Page): Promise<string> {
	await page.addStyleTag({
		content: '.sl-markdown-content :is(details, pre, svg, figure, [class*="mermaid"]) { display: none !important; }',
	});
	const text = await page.locator('.sl-markdown-content').first().innerText();
	return text.replace(/\s+/g, ' ');
}

test('the notes cover all three chapters', () => {
	expect(new Set(FACTS.map((f) => f.chapter))).toEqual(new Set([1, 2, 3]));
	expect(FACTS.length).toBeGreaterThanOrEqual(80);
});

for (const { n, path } of chapters) {
	test(`chapter ${n} states every fact of the notes (${path})`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const text = await bodyText(page);
		const missing = FACTS.filter((f) => f.chapter === n && !f.pattern.test(text)).map((f) => f.fact);
		expect(missing, `facts not found on ${path}`).toEqual([]);
	});

	test(`chapter ${n} ends with at least five "Test jezelf" questions that open on click`, async ({ page }) => {
		await page.goto(path);
		const heading = page.locator('h2#test-jezelf');
		await expect(heading).toBeVisible();
		// The questions are the <details> after the heading (Starlight wraps headings in a div).
		const questions = page.locator('.sl-markdown-content details');
		expect(await questions.count()).toBeGreaterThanOrEqual(5);
		const headingBelowAllText = await page.evaluate(() => {
			const h = document.getElementById('test-jezelf')!;
			return [...document.querySelectorAll('.sl-markdown-content details')].every(
				(d) => h.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING,
			);
		});
		expect(headingBelowAllText).toBe(true);

		const first = questions.first();
		const answer = first.locator(':scope > :not(summary)').first();
		await expect(first.locator('summary')).toHaveText(/\?|\.$/);
		await expect(answer).toBeHidden();
		await first.locator('summary').click();
		await expect(answer).toBeVisible();
		expect((await answer.innerText()).trim().length).toBeGreaterThan(10);
	});

	// tests/unit/content/ checks the sources; this checks that the built page keeps the tie: each question's
	// data-section names headings the page really has, and every section heading is named by some question.
	test(`chapter ${n}: each "Test jezelf" question names sections of the page, and each section has a question`, async ({
		page,
	}) => {
		await page.goto(path);
		const { named, headings } = await page.evaluate(() => ({
			named: [...document.querySelectorAll('.sl-markdown-content details')].map(
				(d) => d.getAttribute('data-section') ?? '',
			),
			headings: [...document.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]')].map((h) => h.id),
		}));
		const ids = named.flatMap((v) => v.split(/\s+/).filter(Boolean));
		expect(
			named.filter((v) => !v.trim()),
			'questions without data-section',
		).toEqual([]);
		expect(
			ids.filter((id) => !headings.includes(id)),
			'data-section ids that are no heading',
		).toEqual([]);
		expect(
			headings.filter((id) => id !== 'test-jezelf' && !ids.includes(id)),
			'sections without a question',
		).toEqual([]);
	});
}

test('every glossary anchor is a heading id on its chapter page', async ({ page }) => {
	const idsByChapter = new Map<number, Set<string>>();
	for (const { n, path } of chapters) {
		await page.goto(path);
		const ids = await page
			.locator('.sl-markdown-content :is(h2, h3, h4)[id]')
			.evaluateAll((els) => els.map((e) => e.id));
		idsByChapter.set(n, new Set(ids));
	}
	const broken = glossary
		.filter((entry) => !idsByChapter.get(entry.chapter)?.has(entry.anchor))
		.map((entry) => `${entry.id} -> ${CHAPTER_PATHS[entry.chapter]}#${entry.anchor}`);
	expect(broken).toEqual([]);
	expect(glossary.length).toBeGreaterThanOrEqual(40);
});

test('the Begrippenlijst lists every term alphabetically with its anchor and a link to its section', async ({
	page,
}) => {
	await page.goto('/begrippenlijst/');
	// Read all terms in one go (73 separate round trips are slow on a busy machine), then compare.
	const shown = await page.locator('dl dt').evaluateAll((dts) =>
		dts.map((dt) => {
			const link =
				dt.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling.querySelector('.glossary-more a') : null;
			return {
				id: dt.id,
				term: dt.textContent?.trim(),
				linkText: link?.textContent?.trim(),
				href: link?.getAttribute('href'),
			};
		}),
	);
	const byId = new Map(shown.map((s) => [s.id, s]));
	for (const entry of glossary) {
		expect(byId.get(`begrip-${entry.id}`), entry.id).toEqual({
			id: `begrip-${entry.id}`,
			term: entry.term,
			linkText: `Lees meer in hoofdstuk ${entry.chapter}`,
			href: sectionHref(CHAPTER_PATHS[entry.chapter]!, entry.anchor),
		});
	}
	const terms = await page.locator('dl dt').allInnerTexts();
	expect(terms).toHaveLength(glossary.length);
	const collator = new Intl.Collator('nl', { sensitivity: 'base' });
	expect(terms).toEqual([...terms].sort(collator.compare));
});

test('a student jumps by letter, then follows a term to its section', async ({ page }) => {
	await page.goto('/begrippenlijst/');
	await page
		.getByRole('navigation', { name: 'Spring naar letter' })
		.getByRole('link', { name: 'M', exact: true })
		.click();
	await expect(page).toHaveURL(/#letter-m$/);
	await expect(page.locator('h2#letter-m')).toBeInViewport();

	await page
		.locator('dt#begrip-marktpenetratie + dd')
		.getByRole('link', { name: /^Lees meer/ })
		.click();
	await expect(page).toHaveURL(/\/h2-omgeving-en-context\/#de-ansoff-groeimatrix$/);
	await expect(page.locator('h3#de-ansoff-groeimatrix')).toBeInViewport();
});

test('a glossary anchor from elsewhere lands on the term', async ({ page }) => {
	await page.goto('/begrippenlijst/#begrip-mvo');
	await expect(page.locator('dt#begrip-mvo')).toBeInViewport();
	await expect(page.locator('dt#begrip-mvo')).toContainText('MVO');
});

test('sidebar lists the pages in chapter order and previous/next links follow it', async ({ page }) => {
	await page.goto('/h1-introductie/');
	const sidebar = page.locator('#starlight__sidebar');
	const hrefs = await sidebar.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	// Home, then the chapters in book order; the glossary after the chapters (other study pages may sit around it).
	expect(hrefs.slice(0, 4)).toEqual(['/', ...chapters.map((c) => c.path)]);
	expect(hrefs.indexOf('/begrippenlijst/')).toBeGreaterThan(3);

	await page.locator('.pagination-links a[rel="next"]').click();
	await expect(page).toHaveURL(/\/h2-omgeving-en-context\/$/);
	await page.locator('.pagination-links a[rel="next"]').click();
	await expect(page).toHaveURL(/\/h3-organisatie-van-sales\/$/);
	await page.locator('.pagination-links a[rel="prev"]').click();
	await expect(page).toHaveURL(/\/h2-omgeving-en-context\/$/);
	await page.goto('/begrippenlijst/');
	await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveAttribute('href', /^\//);
});

test('home page introduces the notes and links to every chapter, the glossary, the trainer and the quiz', async ({
	page,
}) => {
	await page.goto('/');
	const main = page.locator('main');
	await expect(main).toContainText('Praktisch sales- en accountmanagement');
	await expect(main).toContainText('Robin van der Werf');
	for (const href of [...chapters.map((c) => c.path), '/begrippenlijst/', '/oefenen/', '/toets/']) {
		await expect(main.locator(`.sl-link-card a[href="${href}"]`)).toHaveCount(1);
	}
	// How to search and print, with the keys a student presses.
	await expect(main).toContainText(/Ctrl\s*\+\s*K/);
	await expect(main).toContainText(/Ctrl\s*\+\s*P/);
	await main.locator('.sl-link-card a[href="/h3-organisatie-van-sales/"]').click();
	await expect(page).toHaveURL(/\/h3-organisatie-van-sales\/$/);
	await expect(page.locator('h1')).toHaveText('H3 De organisatie van sales');
});

test('chapter pages show when they were last updated', async ({ page }) => {
	await page.goto('/h1-introductie/');
	await expect(page.getByText(/Laatst bewerkt/)).toBeVisible();
});
