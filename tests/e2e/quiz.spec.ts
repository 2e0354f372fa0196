import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { QUIZ_CHOICE_QUESTIONS } from '../../src/study/config.ts';

/** "Toets jezelf" (/toets/): questions from the glossary and the chapters' "Test jezelf", a score, and the review queue. */
const URL_PATH = '/toets/';
const T0 = new Date('2026-12-01T10:00:00+01:00').getTime();

test.describe.configure({ timeout: 90_000 });
test.use({ timezoneId: 'Europe/Amsterdam' });

const quiz = (page: Page) => page.locator('[data-quiz-app]');
const prompt = (page: Page) => page.locator('[data-quiz-prompt]');
const options = (page: Page) => page.locator('[data-quiz-options] button');
const next = (page: Page) => page.locator('[data-quiz-next]');

async function start(page: Page, chapter: string | number = 'all'): Promise<void> {
	await page.goto(URL_PATH);
	await expect(quiz(page)).toBeVisible();
	await quiz(page).getByRole('combobox', { name: 'Waarover?' }).selectOption(String(chapter));
	await quiz(page).getByRole('button', { name: 'Begin de toets' }).click();
	await expect(page.locator('[data-quiz-position]')).toHaveText(/^Vraag 1 van \d+$/);
}

/** The term a multiple-choice prompt asks about, and the right option's text, looked up in the page's own list. */
const lookUp = (page: Page, text: string) =>
	page.evaluate((text) => {
		const entries = [...document.querySelectorAll<HTMLElement>('[data-quiz-term]')].map((el) => ({
			id: el.dataset.id ?? '',
			chapter: Number(el.dataset.chapter),
			href: el.dataset.href ?? '',
			term: el.querySelector('[data-quiz-term-name]')?.textContent?.trim() ?? '',
			definition: el.querySelector('[data-quiz-definition]')?.textContent?.trim() ?? '',
		}));
		const byTerm = /^Wat betekent “(.*)”\?$/s.exec(text);
		if (byTerm) {
			const entry = entries.find((e) => e.term === byTerm[1]);
			return entry && { ...entry, right: entry.definition, ask: 'definition' as const };
		}
		// A definition that names its term is shown with those words masked ("op de juiste …").
		const byDefinition = /^Welk begrip past bij deze uitleg\? “(.*)”$/s.exec(text)?.[1] ?? '';
		const masked = new RegExp(
			`^${byDefinition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('…', '[\\p{L}\\p{N}]+')}$`,
			'u',
		);
		const entry = entries.find((e) => masked.test(e.definition));
		return entry && { ...entry, right: entry.term, ask: 'term' as const };
	}, text);

const optionTexts = async (page: Page) =>
	(await options(page).allInnerTexts()).map((text) => text.replace(/^\d\s*/, '').trim());

type Answered =
	| { kind: 'choice'; id: string; chapter: number; href: string; right: string; given: string }
	| { kind: 'open'; question: string };

/** Answers the current question right or wrong and goes on; says what was asked. */
async function answer(page: Page, right: boolean): Promise<Answered> {
	const asked = (await prompt(page).innerText()).trim();
	if (await page.locator('[data-quiz-options]').isVisible()) {
		const entry = await lookUp(page, asked);
		if (!entry) throw new Error(`no glossary term for the question ${asked}`);
		const texts = await optionTexts(page);
		const index = right ? texts.indexOf(entry.right) : texts.findIndex((text) => text !== entry.right);
		expect(texts).toContain(entry.right);
		await options(page).nth(index).click();
		await expect(page.locator('[data-quiz-feedback]')).toHaveText(
			right
				? 'Goed!'
				: `Helaas, dat is niet goed. Het goede antwoord is: “${entry.right}”${/[.!?]$/.test(entry.right) ? '' : '.'}`,
		);
		await next(page).click();
		return {
			kind: 'choice',
			id: entry.id,
			chapter: entry.chapter,
			href: entry.href,
			right: entry.right,
			given: texts[index] ?? '',
		};
	}
	await quiz(page).getByRole('button', { name: 'Toon het antwoord' }).click();
	await expect(page.locator('[data-quiz-model]')).toBeVisible();
	await quiz(page)
		.getByRole('button', { name: right ? 'Ik had het goed' : 'Ik had het niet goed' })
		.click();
	await next(page).click();
	return { kind: 'open', question: asked };
}

async function answerAll(page: Page, wrong: (index: number, isChoice: boolean) => boolean): Promise<Answered[]> {
	const answered: Answered[] = [];
	while (await page.locator('[data-quiz-question-view]').isVisible()) {
		const isChoice = await page.locator('[data-quiz-options]').isVisible();
		answered.push(await answer(page, !wrong(answered.length, isChoice)));
	}
	return answered;
}

test('a chapter quiz asks about that chapter only, mixes both directions and scores all right answers', async ({
	page,
}) => {
	await start(page, 1);
	const total = Number(/van (\d+)$/.exec(await page.locator('[data-quiz-position]').innerText())?.[1]);
	const answered = await answerAll(page, () => false);
	expect(answered).toHaveLength(total);
	const choice = answered.filter((a) => a.kind === 'choice');
	expect(choice).toHaveLength(QUIZ_CHOICE_QUESTIONS);
	expect(new Set(choice.map((a) => a.id)).size).toBe(choice.length);
	for (const a of choice) expect(a.chapter).toBe(1);
	expect(answered.some((a) => a.kind === 'open')).toBe(true);
	await expect(page.locator('[data-quiz-score]')).toHaveText(`Je score: ${total} van ${total} goed`);
	await expect(page.locator('[data-quiz-score]')).toBeFocused();
	await expect(page.locator('[data-quiz-wrong-block]')).toBeHidden();
	// Another round starts from the choice of chapter, with the focus there.
	await quiz(page).getByRole('button', { name: 'Nog een toets' }).click();
	await expect(quiz(page).getByRole('combobox', { name: 'Waarover?' })).toBeFocused();
});

test('the distractors are other terms of the same chapter', async ({ page }) => {
	await start(page, 2);
	const entries = await page.locator('[data-quiz-term]').evaluateAll((els) =>
		els.map((el) => ({
			chapter: el.getAttribute('data-chapter'),
			texts: [
				el.querySelector('[data-quiz-term-name]')?.textContent?.trim(),
				el.querySelector('[data-quiz-definition]')?.textContent?.trim(),
			],
		})),
	);
	const chapterOf = new Map(entries.flatMap((entry) => entry.texts.map((text) => [text, entry.chapter])));
	for (let i = 0; i < 3; i++) {
		const texts = await optionTexts(page);
		expect(texts).toHaveLength(4);
		for (const text of texts) expect(chapterOf.get(text), text).toBe('2');
		await answer(page, true);
	}
});

test('a wrong answer is listed with the right one and its section, and the term becomes due in the trainer', async ({
	page,
}) => {
	await page.clock.install({ time: T0 });
	await start(page);
	const answered = await answerAll(page, (index, isChoice) => index === 0 || !isChoice);
	const missed = answered[0];
	if (missed?.kind !== 'choice') throw new Error('the quiz starts with a multiple-choice question');
	const open = answered.filter((a) => a.kind === 'open');
	await expect(page.locator('[data-quiz-score]')).toHaveText(
		`Je score: ${answered.length - 1 - open.length} van ${answered.length} goed`,
	);
	await expect(page.locator('[data-quiz-due]')).toHaveText(
		'Het begrip dat je fout had, staat nu klaar om te herhalen in Oefenen.',
	);

	const items = page.locator('[data-quiz-wrong] > li');
	await expect(items).toHaveCount(1 + open.length);
	const first = items.first();
	await expect(first).toContainText(`Jouw antwoord: ${missed.given}`);
	await expect(first).toContainText(`Goed antwoord: ${missed.right}`);
	await expect(first.getByRole('link', { name: 'Lees de uitleg' })).toHaveAttribute('href', missed.href);
	// Each open question answered "niet goed" shows the model answer and links to the section that explains it.
	for (const [index, question] of open.entries()) {
		const item = items.nth(index + 1);
		await expect(item).toContainText(question.kind === 'open' ? question.question : '');
		await expect(item).toContainText('Antwoord uit de samenvatting:');
		await expect(item.getByRole('link', { name: 'Lees de uitleg' })).toHaveAttribute(
			'href',
			/^\/h\d-[a-z0-9-]+\/#[a-z0-9-]+$/,
		);
	}
	// The section link leads to a real heading.
	const [path, anchor] = missed.href.split('#');
	await page.goto(path ?? '/');
	await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);

	// In the trainer: due today, and shown first, before new cards.
	await page.goto('/oefenen/');
	await expect(page.locator('[data-fc-today]')).toContainText('Vandaag: 1 te herhalen');
	const name = await page.locator(`[data-fc-entry][data-id="${missed.id}"] [data-fc-entry-term]`).innerText();
	await expect(page.locator('[data-fc-term]')).toHaveText(name);
	await expect(page.locator('[data-fc-badge]')).toHaveText('Herhalen');
});

test('with damaged stored progress a wrong answer says it cannot be queued, and the stored value stays', async ({
	page,
}) => {
	const broken = '{"format":"samenvatting-sam/voortgang","version":2,"cards":';
	await page.addInitScript((value) => localStorage.setItem('samenvatting-sam.flashcards', value), broken);
	await start(page);
	await answer(page, false);
	await expect(quiz(page).getByRole('alert')).toContainText('Je opgeslagen voortgang kon niet worden gelezen');
	await expect(quiz(page).getByRole('alert')).toContainText('Daarom staat dit begrip niet klaar om te herhalen.');
	expect(await page.evaluate(() => localStorage.getItem('samenvatting-sam.flashcards'))).toBe(broken);
});

test('keyboard: 1–4 pick an option, the focus then moves to "Volgende vraag"', async ({ page }) => {
	await start(page, 3);
	await expect(prompt(page)).toBeFocused();
	await page.keyboard.press('2');
	await expect(options(page).nth(1)).toHaveAttribute('data-verdict', /right|wrong/);
	await expect(next(page)).toBeFocused();
	await expect(quiz(page).getByRole('status')).toHaveText(/^(Goed!|Helaas, dat is niet goed\. .*)$/);
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-quiz-position]')).toHaveText(/^Vraag 2 van/);
	await expect(prompt(page)).toBeFocused();
});

test('without JavaScript every question is listed with its answer in <details>', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(URL_PATH);
	await expect(quiz(page)).toBeHidden();
	const terms = page.locator('details[data-quiz-term]');
	expect(await terms.count()).toBeGreaterThan(10);
	const open = page.locator('details[data-quiz-open]');
	// Every chapter's "Test jezelf" question, each once.
	let expected = 0;
	for (const chapter of ['/h1-introductie/', '/h2-omgeving-en-context/', '/h3-organisatie-van-sales/']) {
		const chapterPage = await context.newPage();
		await chapterPage.goto(chapter);
		// The <details> after the "Test jezelf" heading (Starlight wraps headings, so they are not siblings).
		const questions = await chapterPage.locator('main details > summary').evaluateAll((summaries) => {
			const heading = document.getElementById('test-jezelf');
			return summaries
				.filter((summary) => heading && heading.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING)
				.map((summary) => summary.textContent ?? '');
		});
		expect(questions.length, chapter).toBeGreaterThan(0);
		expected += questions.length;
		for (const question of questions) await expect(open.filter({ hasText: question.trim() })).toHaveCount(1);
		await chapterPage.close();
	}
	await expect(open).toHaveCount(expected);
	// Each open question links to the section that explains it: a real heading on its chapter page.
	const hrefs = await open.evaluateAll((els) => els.map((el) => el.getAttribute('data-href') ?? ''));
	const checked = await context.newPage();
	for (const href of new Set(hrefs)) {
		const [path, anchor] = href.split('#');
		expect(path, href).toMatch(/^\/h\d-[a-z0-9-]+\/$/);
		await checked.goto(path ?? '/');
		await expect(checked.locator(`[id="${anchor}"]`), href).toHaveCount(1);
	}
	await checked.close();
	// Answers are folded away until the student opens a question.
	const firstOpen = open.first();
	await expect(firstOpen.locator('[data-quiz-answer]')).toBeHidden();
	await firstOpen.locator('summary').click();
	await expect(firstOpen.locator('[data-quiz-answer]')).toBeVisible();
	await context.close();
});

for (const theme of ['light', 'dark'] as const) {
	for (const width of [1280, 390]) {
		test(`axe finds nothing on a question and on the score, ${theme} theme, ${width}px`, async ({ browser }) => {
			test.slow();
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await start(page);
			const axe = async () => (await new AxeBuilder({ page }).include('main').analyze()).violations;
			expect(await axe()).toEqual([]);
			await answer(page, false);
			await answerAll(page, (index) => index % 3 === 0);
			await expect(page.locator('[data-quiz-result]')).toBeVisible();
			expect(await axe()).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await context.close();
		});
	}
}
