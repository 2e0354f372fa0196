/**
 * Reading on a phone hides nothing: at 320, 390 and 430 px (and the widths between a phone and a desktop) no
 * table in a chapter scrolls sideways or leaves a column out of sight, and no heading word breaks mid-word without
 * a hyphen. Pages are found in dist/, so a new chapter or table is covered without being listed.
 */
import { expect, test, type Page } from '@playwright/test';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';

const PHONES = [320, 390, 430];
/** Tablet and desktop widths, where tables stay tables: they must fit there too. */
const WIDER = [600, 800, 1024, 1280];
const chapters = readChapterPages().map((page) => page.path);

/** Each table that scrolls, sticks out of the page or has a header or cell that cannot be seen, with why. */
async function tableProblems(page: Page): Promise<string[]> {
	return page.locator('main table').evaluateAll((tables) => {
		const problems: string[] = [];
		tables.forEach((table, n) => {
			// In view: inside the window and inside the table's own box (what it scrolls away is out of view).
			const box = table.getBoundingClientRect();
			const visible = (el: Element) => {
				const r = el.getBoundingClientRect();
				return (
					r.width > 0 &&
					r.height > 0 &&
					r.left >= Math.max(0, box.left) - 0.5 &&
					r.right <= Math.min(innerWidth, box.right) + 0.5
				);
			};
			const name = `table ${n + 1} ("${table.querySelector('th')?.textContent?.trim()}")`;
			if (table.scrollWidth > table.clientWidth + 1)
				problems.push(`${name} scrolls sideways: ${table.scrollWidth} px in ${table.clientWidth}`);
			if (box.left < -0.5 || box.right > innerWidth + 0.5) problems.push(`${name} sticks out of the page`);
			const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
			const stacked = getComputedStyle(table.querySelector('tbody tr')!).display === 'block';
			if (!stacked) {
				for (const th of table.querySelectorAll('thead th'))
					if (!visible(th)) problems.push(`${name}: header "${th.textContent}" is not in view`);
			}
			for (const row of table.querySelectorAll('tbody tr')) {
				[...row.querySelectorAll('td')].forEach((cell, i) => {
					const where = `${name}, row "${row.querySelector('td')?.textContent?.trim()}", column "${headers[i]}"`;
					if (!visible(cell)) problems.push(`${where} is not in view`);
					// Stacked, every cell but the row's title shows its column's header.
					if (stacked && i > 0) {
						const label = getComputedStyle(cell, '::before').content;
						if (!label.includes(headers[i]!)) problems.push(`${where} has label ${label}, not its header`);
					}
				});
			}
		});
		if (document.documentElement.scrollWidth > innerWidth) problems.push('the page scrolls sideways');
		return problems;
	});
}

/** Places in headings where a line breaks inside a word without a hyphen (hard "-" or a shown soft hyphen). */
async function midWordBreaks(page: Page): Promise<string[]> {
	return page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((headings) => {
		const found: string[] = [];
		for (const heading of headings) {
			if (!heading.checkVisibility()) continue;
			const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
			/** Characters as laid out; `gap` holds what came between the previous visible one and this one. */
			let previous: { top: number; char: string } | undefined;
			let gap = '';
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				for (let i = 0; i < node.length; i++) {
					const char = node.data[i]!;
					if (/\s|\u00AD/.test(char)) {
						gap += char;
						continue;
					}
					const range = document.createRange();
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					// The glyph's own box is the last one: at the start of a line Chromium also reports the end of the last.
					const rects = range.getClientRects();
					const rect = rects[rects.length - 1];
					if (!rect || (rect.width === 0 && rect.height === 0)) continue;
					if (previous && rect.top > previous.top + rect.height / 2) {
						const between = /[\s\u00AD]/.test(gap) || /[-–—/]/.test(previous.char);
						if (!between)
							found.push(`"${heading.textContent!.replaceAll('\u00AD', '')}" breaks after "${previous.char}"`);
					}
					previous = { top: rect.top, char };
					gap = '';
				}
			}
		}
		return found;
	});
}

for (const width of [...PHONES, ...WIDER]) {
	test(`chapter tables fit at ${width} px: no sideways scrolling, every column in view`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		const problems: string[] = [];
		let tables = 0;
		for (const path of chapters) {
			await page.goto(path);
			tables += await page.locator('main table').count();
			problems.push(...(await tableProblems(page)).map((p) => `${path}: ${p}`));
		}
		expect(tables).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});
}

for (const width of PHONES) {
	test(`headings break between words or with a hyphen at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		const problems: string[] = [];
		for (const path of ['/', ...chapters, '/begrippenlijst/', '/hele-samenvatting/']) {
			await page.goto(path);
			problems.push(...(await midWordBreaks(page)).map((p) => `${path}: ${p}`));
		}
		expect(problems).toEqual([]);
	});
}

test('the heading check sees a word broken without a hyphen, and accepts one broken at a soft hyphen', async ({
	page,
}) => {
	await page.setViewportSize({ width: 320, height: 600 });
	await page.setContent(
		'<main><h2 style="width:10ch;overflow-wrap:anywhere;font:16px monospace">salesorganisatiestructuren</h2>' +
			'<h2 style="width:10ch;font:16px monospace">sales\u00ADorga\u00ADni\u00ADsa\u00ADtie</h2></main>',
	);
	const breaks = await midWordBreaks(page);
	expect(breaks.length).toBeGreaterThan(0);
	for (const line of breaks) expect(line).toMatch(/^"salesorganisatiestructuren" breaks after "."$/);
});

test('the table check sees a table that scrolls and a column out of view', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 600 });
	const cells = (n: number) => Array.from({ length: 5 }, (_, i) => `<td>cel${n}-${i}-metlangetekst</td>`).join('');
	await page.setContent(
		'<main><table style="display:block;overflow:auto;width:200px"><thead><tr>' +
			['A', 'B', 'C', 'D', 'E'].map((h) => `<th>${h}</th>`).join('') +
			`</tr></thead><tbody><tr>${cells(1)}</tr></tbody></table></main>`,
	);
	const problems = await tableProblems(page);
	expect(problems[0]).toMatch(/^table 1 \("A"\) scrolls sideways/);
	expect(problems).toContain('table 1 ("A"): header "E" is not in view');
});
