import { expect, test, type Browser, type Page } from '@playwright/test';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';
import { distPages } from '../lib/dist-pages.ts';

/**
 * Build-time Mermaid diagrams as a reader meets them: pages are found in dist/ (a build without a site URL has no
 * sitemap), every page with a diagram is
 * checked in light, dark, print and without JavaScript. Every chapter page must have diagrams.
 */

type Theme = 'light' | 'dark';

/** The chapter pages. */
const CHAPTER_PATHS = readChapterPages().map((chapter) => chapter.path);

/** Number of diagrams in a page's HTML as served (before any script runs). */
async function diagramCount(page: Page, path: string): Promise<number> {
	const response = await page.request.get(path);
	expect(response.status(), path).toBe(200);
	return (await response.text()).match(/<figure class="diagram"/g)?.length ?? 0;
}

/** Pages with at least one diagram, found among the built pages. */
async function diagramPages(page: Page): Promise<string[]> {
	const found: string[] = [];
	for (const path of distPages()) if ((await diagramCount(page, path)) > 0) found.push(path);
	return found;
}

/** Opens a page in the given theme, the way Starlight's picker stores it, with fonts loaded. */
async function openInTheme(page: Page, path: string, theme: Theme): Promise<void> {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	await page.evaluate(() => document.fonts.ready);
}

/** How each diagram shows: how many SVGs are visible, size, text and colours as drawn (to compare themes). */
async function shownDiagrams(page: Page) {
	return page.locator('figure.diagram').evaluateAll((figures) =>
		figures.map((figure) => {
			const shown = [...figure.querySelectorAll('svg.diagram__svg')].filter(
				(svg) => svg.getBoundingClientRect().width > 0,
			);
			const svg = shown[0];
			const box = svg?.getBoundingClientRect();
			const frame = figure.getBoundingClientRect();
			// Colours as drawn: shape fill and stroke, SVG text fill, HTML label colour (an inherited `color` elsewhere
			// is the page's text colour, which print changes, and draws nothing).
			const colours = svg
				? [...svg.querySelectorAll('rect, path, polygon, text, .nodeLabel')].slice(0, 40).map((el) => {
						const style = getComputedStyle(el);
						if (el.matches('.nodeLabel')) return style.color; // HTML label
						return el.matches('text') ? style.fill : `${style.fill}/${style.stroke}`;
					})
				: [];
			return {
				count: shown.length,
				width: box?.width ?? 0,
				height: box?.height ?? 0,
				text: svg?.textContent?.trim() ?? '',
				colours: colours.join(' '),
				offCentre: box ? Math.abs(box.left + box.right - frame.left - frame.right) / 2 : Infinity,
			};
		}),
	);
}

let pages: string[] = [];
test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	pages = await diagramPages(page);
	await page.close();
});
// Each test walks every diagram page (found at run time, so not one test per page): allow time per page.
test.beforeEach(() => test.setTimeout(40_000 * Math.max(1, pages.length)));

test('every chapter page has diagrams, and they are all found among the built pages', async ({ page }) => {
	for (const path of CHAPTER_PATHS) {
		expect(await diagramCount(page, path), `${path} should show its diagrams`).toBeGreaterThanOrEqual(1);
		expect(pages, 'chapter pages are checked by the tests below').toContain(path);
	}
});

/** The colours each diagram of a page is drawn in, with JavaScript, in the given theme. */
async function themeColours(browser: Browser, path: string, theme: Theme): Promise<string[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await openInTheme(page, path, theme);
	const colours = (await shownDiagrams(page)).map((v) => v.colours);
	await context.close();
	return colours;
}

test('the diagram CSS is one shared, content-hashed stylesheet that every page with a diagram links, none inline', async ({
	page,
}) => {
	const sheets = new Map<string, string>();
	let shared: string | undefined;
	for (const path of await diagramPages(page)) {
		const html = await (await page.request.get(path)).text();
		const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].filter((m) => /dgm-/.test(m[1]!));
		expect(inline, `${path}: no diagram CSS inline`).toEqual([]);
		const links = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(
			(m) => m[0].match(/href="([^"]+)"/)![1]!,
		);
		for (const href of links) if (!sheets.has(href)) sheets.set(href, await (await page.request.get(href)).text());
		const withDiagrams = links.filter((href) => sheets.get(href)!.includes('.dgm-s-'));
		expect(withDiagrams, `${path}: one stylesheet holds the diagram CSS`).toHaveLength(1);
		expect(withDiagrams[0], 'named by its content, so a changed sheet is never served from a stale cache').toMatch(
			/\/_astro\/[^/]+\.[\w-]{8}\.css$/,
		);
		shared ??= withDiagrams[0];
		expect(withDiagrams[0], `${path}: the same file as the other pages`).toBe(shared);
		const css = sheets.get(shared!)!;
		// Everything the page's diagrams refer to is in it, and nothing in it names one page's SVG.
		for (const name of new Set(html.match(/\bdgm-[swn]-[0-9a-f]+\b/g)))
			expect(css, `${path}: .${name}`).toContain(`.${name}`);
		for (const name of new Set(html.match(/--dgm-[0-9a-f]{6}\b/g)))
			expect(css, `${path}: ${name}`).toContain(`${name}:`);
		expect(css).not.toMatch(/#dgm-/);
	}
	expect(shared).toBeDefined();
});

test('each page shows every diagram once, legible, in the colours of the theme picked', async ({ browser }) => {
	for (const path of pages) {
		const colours: Partial<Record<Theme, string[]>> = {};
		for (const theme of ['light', 'dark'] as const) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
			page.on('pageerror', (err) => errors.push(err.message));
			await openInTheme(page, path, theme);
			const diagrams = await shownDiagrams(page);
			expect(diagrams.length, path).toBeGreaterThan(0);
			for (const v of diagrams) {
				expect(v.count, `${path}: exactly one SVG visible`).toBe(1);
				expect(v.width, path).toBeGreaterThan(100);
				expect(v.height, path).toBeGreaterThan(30);
				expect(v.text.length, path).toBeGreaterThan(0);
				expect(v.offCentre, `${path}: diagram centred in its figure`).toBeLessThan(2);
			}
			colours[theme] = diagrams.map((v) => v.colours);
			// Accessible name and description from accTitle/accDescr.
			// The layout shown (a diagram may also carry a narrow one, display: none at this width).
			for (const svg of await page.locator('figure.diagram svg.diagram__svg').filter({ visible: true }).all()) {
				await expect(svg).toHaveAttribute('role', 'img');
				await expect(svg).toHaveAccessibleName(/\S/, { timeout: 15_000 });
				await expect(svg).toHaveAccessibleDescription(/\S/, { timeout: 15_000 });
			}
			expect(errors, `${path} console errors`).toEqual([]);
			await context.close();
		}
		// Switching the theme changes the diagram colours.
		colours.light!.forEach((c, i) => expect(c, `${path} diagram ${i + 1}`).not.toBe(colours.dark![i]));
	}
});

test('without JavaScript every diagram shows, in the dark colours (Starlight starts dark)', async ({ browser }) => {
	for (const path of pages) {
		const dark = await themeColours(browser, path, 'dark');
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const diagrams = await shownDiagrams(page);
		expect(diagrams.length, path).toBeGreaterThan(0);
		diagrams.forEach((v, i) => {
			expect(v.count).toBe(1);
			expect(v.colours, `${path} diagram ${i + 1}`).toBe(dark[i]);
			expect(v.width).toBeGreaterThan(100);
		});
		await context.close();
	}
});

test('print shows the light colours, whole and within the A4 width', async ({ browser }) => {
	for (const path of pages) {
		const light = await themeColours(browser, path, 'light');
		// ~A4 printable width at 96 dpi; the reader had picked dark, paper is light anyway.
		const context = await browser.newContext({ viewport: { width: 700, height: 1000 } });
		const page = await context.newPage();
		await openInTheme(page, path, 'dark');
		await page.emulateMedia({ media: 'print' });
		const diagrams = await shownDiagrams(page);
		diagrams.forEach((v, i) => {
			expect(v.count).toBe(1);
			expect(v.colours, `${path} diagram ${i + 1} on paper`).toBe(light[i]);
			expect(v.width).toBeLessThanOrEqual(700);
		});
		const layout = await page.locator('figure.diagram').evaluateAll((figures) =>
			figures.map((f) => ({
				breakInside: getComputedStyle(f).breakInside,
				right: f.querySelector('svg.diagram__svg')!.getBoundingClientRect().right,
			})),
		);
		for (const l of layout) {
			expect(l.breakInside).toBe('avoid');
			expect(l.right).toBeLessThanOrEqual(700);
		}
		await context.close();
	}
});

test('no diagram JavaScript, arrowheads present, ids unique, no clipped labels (wide and narrow layouts)', async ({
	page,
}) => {
	for (const [path, width] of pages.flatMap(
		(p) =>
			[
				[p, 1280],
				[p, 390],
			] as const,
	)) {
		await page.setViewportSize({ width, height: 900 });
		const requests: string[] = [];
		page.on('request', (req) => requests.push(req.url()));
		await openInTheme(page, path, 'light');
		expect(
			requests.filter((url) => /mermaid/i.test(url)),
			path,
		).toEqual([]);
		const scripts = await page
			.locator('script')
			.evaluateAll((els) => els.map((s) => `${s.getAttribute('src') ?? ''} ${s.textContent}`));
		expect(
			scripts.filter((s) => /mermaid/i.test(s)),
			path,
		).toEqual([]);

		// Labels were measured with Inter at build time; the page must draw them with Inter too.
		const font = await page.evaluate(() => ({
			loaded: [...document.fonts].some((f) => /^"?Inter"?$/.test(f.family) && f.status === 'loaded'),
			family: getComputedStyle(document.querySelector('svg.diagram__svg .nodeLabel, svg.diagram__svg text')!)
				.fontFamily,
		}));
		expect(font.loaded, path).toBe(true);
		expect(font.family, path).toMatch(/^"?Inter/);
		// The site serves Inter cut down to the diagrams' characters (src/diagrams/font.ts): a character missing
		// from it would be drawn in a system font. Ask Chromium which fonts actually drew each label.
		const cdp = await page.context().newCDPSession(page);
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		await cdp.send('CSS.enable');
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
			nodeId: root.nodeId,
			selector: 'svg.diagram__svg :is(.nodeLabel, .edgeLabel, text)',
		});
		expect(nodeIds.length, path).toBeGreaterThan(0);
		const drawnWith = new Set<string>();
		for (const nodeId of nodeIds) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			for (const f of fonts) drawnWith.add(`${f.familyName}${f.isCustomFont ? ' (web font)' : ''}`);
		}
		expect([...drawnWith], path).toEqual(['Inter (web font)']);
		await cdp.detach();

		const report = await page.evaluate(() => {
			const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
			const duplicateIds = ids.filter((id, i) => ids.indexOf(id) !== i);
			// Those shown at this width: the other layout of a diagram is display: none and measures nothing.
			const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.diagram__svg')].filter(
				(svg) => svg.getBoundingClientRect().width > 0,
			);
			const problems: string[] = [];
			let edges = 0;
			for (const svg of svgs) {
				// Every arrow points at a marker that exists and has a shape; a flowchart has arrows (open `---` links may not).
				const links = svg.querySelectorAll('path.flowchart-link');
				const arrows = svg.querySelectorAll('path[marker-end]');
				if (links.length > 0 && arrows.length === 0) problems.push(`${svg.id}: flowchart without arrowheads`);
				for (const edge of arrows) {
					edges++;
					const ref = edge.getAttribute('marker-end')?.match(/url\(#(.+)\)/)?.[1];
					const marker = ref ? document.getElementById(ref) : null;
					if (marker?.tagName !== 'marker' || !marker.querySelector('path, circle'))
						problems.push(`${svg.id}: edge without arrowhead`);
				}
				// Node labels fit inside their box; every text fits inside the drawing.
				const canvas = svg.getBoundingClientRect();
				for (const label of svg.querySelectorAll<HTMLElement>('.node .nodeLabel, .label .nodeLabel')) {
					const node = label.closest('.node');
					const shape = node?.querySelector('rect, polygon, path, circle');
					const text = label.getBoundingClientRect();
					const box = (shape ?? label.closest('foreignObject'))!.getBoundingClientRect();
					const slack = 1;
					if (
						text.width === 0 ||
						text.left < box.left - slack ||
						text.right > box.right + slack ||
						text.top < box.top - slack ||
						text.bottom > box.bottom + slack
					) {
						problems.push(
							`${svg.id}: label "${label.textContent}" (${Math.round(text.width)}px) does not fit its box (${Math.round(box.width)}px)`,
						);
					}
					const fo = label.closest('foreignObject')?.getBoundingClientRect();
					if (fo && (text.right > fo.right + slack || text.bottom > fo.bottom + slack))
						problems.push(`${svg.id}: label "${label.textContent}" overflows its foreignObject`);
				}
				for (const text of svg.querySelectorAll('text')) {
					const r = text.getBoundingClientRect();
					if (!text.textContent?.trim()) continue;
					if (
						r.width === 0 ||
						r.left < canvas.left - 1 ||
						r.right > canvas.right + 1 ||
						r.top < canvas.top - 1 ||
						r.bottom > canvas.bottom + 1
					) {
						problems.push(`${svg.id}: text "${text.textContent}" is cut off by the drawing's edge`);
					}
				}
			}
			// HTML inside a label follows HTML's content model (html-validate does not look into foreignObject; the
			// W3C checker does): no block element (Mermaid's <p>) inside the phrasing <span> of a label.
			for (const block of document.querySelectorAll(
				'svg.diagram__svg foreignObject span :is(p, div, ul, ol, table, h1, h2, h3, h4, h5, h6)',
			)) {
				problems.push(`${block.closest('svg')?.id}: <${block.tagName.toLowerCase()}> inside a label's <span>`);
			}
			return { duplicateIds, problems, edges, diagrams: svgs.length };
		});
		expect(report.duplicateIds, path).toEqual([]);
		expect(report.problems, path).toEqual([]);
		expect(report.diagrams, path).toBeGreaterThan(0);
		page.removeAllListeners('request');
	}
});

/**
 * The diagrams each chapter must have, by accessible name: every structure the notes name is drawn.
 * Keyed by chapter number; a chapter missing here or a pattern that matches no diagram fails.
 */
const REQUIRED_DIAGRAMS: Record<number, RegExp[]> = {
	1: [/^De vijf fasen van relatiemanagement/, /^Vier salesbenaderingen/, /^Drie rollen van sales/, /^Klantwaarde/],
	2: [
		/^Vier vormen van samenwerking/,
		/^Drie invalshoeken van marketing/,
		/^Ansoff-groeimatrix/,
		/^Productlevenscyclus/,
		/^Drie niveaus van promotie/,
	],
	3: [
		/^Lijnorganisatie$/,
		/^Lijn-staforganisatie$/,
		/^Matrixorganisatie$/,
		/^Projectorganisatie$/,
		/^Functionele salesorganisatie$/,
		/^Productgerichte salesorganisatie$/,
		/^Geografische salesorganisatie$/,
		/^Afnemersgerichte salesorganisatie$/,
		/^Marktgerichte salesorganisatie$/,
		/salesregio/i,
	],
};

/** Accessible names of the diagrams a reader can see (or hear) on the page, in page order. */
async function shownDiagramNames(page: Page): Promise<string[]> {
	const names: string[] = [];
	for (const svg of await page
		.getByRole('img')
		.filter({ has: page.locator('title') })
		.all()) {
		if (!(await svg.evaluate((el) => el.matches('figure.diagram svg.diagram__svg')))) continue;
		names.push((await svg.evaluate((el) => el.querySelector(':scope > title')?.textContent ?? '')).trim());
	}
	return names;
}

test('each chapter draws every structure it names, each diagram named once, also without JavaScript', async ({
	browser,
}) => {
	const chapters = readChapterPages();
	expect(chapters.map((c) => c.chapter)).toEqual(Object.keys(REQUIRED_DIAGRAMS).map(Number));
	for (const javaScriptEnabled of [true, false]) {
		for (const viewport of [
			{ width: 1280, height: 900 },
			{ width: 390, height: 844 },
		]) {
			const context = await browser.newContext({ javaScriptEnabled, viewport });
			const page = await context.newPage();
			for (const chapter of chapters) {
				await page.goto(chapter.path);
				const where = `${chapter.path} (${viewport.width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`;
				const names = await shownDiagramNames(page);
				// One name per figure: the layout that is not shown is not in the accessibility tree either.
				expect(names.length, where).toBe(await page.locator('figure.diagram').count());
				expect(new Set(names).size, `${where}: ${names.join(' | ')}`).toBe(names.length);
				for (const wanted of REQUIRED_DIAGRAMS[chapter.chapter]!) {
					const name = names.find((n) => wanted.test(n));
					expect(name, `${where}: a diagram named ${wanted}; found ${names.join(' | ')}`).toBeDefined();
					await expect(page.getByRole('img', { name, exact: true }), where).toHaveCount(1);
					await expect(page.getByRole('img', { name, exact: true }), where).toBeVisible();
				}
			}
			await context.close();
		}
	}
});

test('on a 390 px phone no diagram is wider than the column or needs sideways scrolling, and no label is under 11 px', async ({
	browser,
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	for (const path of pages) {
		await page.goto(path);
		await page.evaluate(() => document.fonts.ready);
		const report = await page.locator('figure.diagram').evaluateAll((figures) =>
			figures.map((figure) => {
				const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.diagram__svg')].find(
					(el) => el.getBoundingClientRect().width > 0,
				)!;
				const column = figure.parentElement!.getBoundingClientRect();
				const box = svg.getBoundingClientRect();
				const scroll = figure.querySelector('.diagram__scroll')!;
				// Every text as drawn: its font size times the factor the SVG is scaled by.
				const scale = box.width / svg.viewBox.baseVal.width;
				let smallest = Infinity;
				let smallestText = '';
				for (const el of svg.querySelectorAll('*')) {
					if (el.closest('title, desc, style')) continue;
					const text = [...el.childNodes]
						.filter((n) => n.nodeType === Node.TEXT_NODE)
						.map((n) => n.textContent?.trim())
						.join('');
					if (!text) continue;
					const px = parseFloat(getComputedStyle(el).fontSize) * scale;
					if (px < smallest) [smallest, smallestText] = [px, text];
				}
				return {
					name: svg.querySelector(':scope > title')?.textContent ?? '',
					overflow: box.right - column.right,
					scrolls: scroll.scrollWidth > scroll.clientWidth + 1,
					smallest,
					smallestText,
				};
			}),
		);
		expect(report.length, path).toBeGreaterThan(0);
		for (const d of report) {
			expect(d.overflow, `${path} ${d.name}: wider than the column`).toBeLessThanOrEqual(1);
			expect(d.scrolls, `${path} ${d.name}: scrolls sideways`).toBe(false);
			expect(
				d.smallest,
				`${path} ${d.name}: "${d.smallestText}" is ${d.smallest.toFixed(1)} px`,
			).toBeGreaterThanOrEqual(11);
		}
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`${path}: the page scrolls sideways`,
		).toBeLessThanOrEqual(390);
	}
	await context.close();
});

test('diagram labels stay out of search excerpts', async ({ page }) => {
	for (const path of pages) {
		await page.goto(path);
		const ignored = await page
			.locator('figure.diagram')
			.evaluateAll((figures) => figures.every((f) => f.hasAttribute('data-pagefind-ignore')));
		expect(ignored, path).toBe(true);
	}
});

/**
 * The labels of each diagram that has a phone layout, in reading order (rows top to bottom by the labels' boxes,
 * left to right within a row), of the layout that shows at the page's width. Flowcharts: node labels (no edge labels
 * or group titles); other charts: every SVG text.
 */
async function layoutLabels(page: Page) {
	return page.locator('figure.diagram:has(.diagram__layout)').evaluateAll((figures) =>
		figures.map((figure) => {
			const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.diagram__svg')].find(
				(el) => el.getBoundingClientRect().width > 0,
			)!;
			const nodes = [...svg.querySelectorAll<HTMLElement>('g.node .nodeLabel')];
			const labels = (nodes.length > 0 ? nodes : [...svg.querySelectorAll('text')])
				.map((el) => ({
					text: (el instanceof HTMLElement ? el.innerText : el.textContent)?.replace(/\s+/g, ' ').trim() ?? '',
					box: el.getBoundingClientRect(),
				}))
				.filter((l) => l.text && l.box.height > 0)
				.sort((a, b) => a.box.top - b.box.top);
			// A label starts a new row unless its centre lies within the first label of the current row.
			const rows: { text: string; box: DOMRect }[][] = [];
			for (const label of labels) {
				const first = rows.at(-1)?.[0];
				const centre = (label.box.top + label.box.bottom) / 2;
				if (first && centre <= first.box.bottom) rows.at(-1)!.push(label);
				else rows.push([label]);
			}
			return {
				name: svg.querySelector(':scope > title')?.textContent ?? '',
				rows: rows.map((row) => row.sort((a, b) => a.box.left - b.box.left).map((l) => l.text)),
			};
		}),
	);
}

test('a phone layout lists the nodes of each row of the wide layout in the same order', async ({ browser }) => {
	const checked: string[] = [];
	for (const path of pages) {
		const seen: Awaited<ReturnType<typeof layoutLabels>>[] = [];
		for (const width of [1280, 390]) {
			const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
			const page = await context.newPage();
			await page.goto(path);
			await page.evaluate(() => document.fonts.ready);
			seen.push(await layoutLabels(page));
			await context.close();
		}
		const [wide, phone] = seen;
		expect(
			phone.map((d) => d.name),
			path,
		).toEqual(wide.map((d) => d.name));
		wide.forEach((diagram, i) => {
			const wideOrder = diagram.rows.flat();
			const phoneOrder = phone[i].rows.flat();
			expect(phoneOrder, `${path} ${diagram.name}: the phone layout shows another layout`).not.toEqual([]);
			// Each row of the wide layout (nodes side by side) must come in the same order on a phone, where it may
			// be a column or be split over rows.
			for (const row of diagram.rows.filter((r) => r.length > 1)) {
				const inRow = (text: string) => row.includes(text);
				expect
					.soft(phoneOrder.filter(inRow), `${path} ${diagram.name}: the phone layout reorders "${row.join(', ')}"`)
					.toEqual(wideOrder.filter(inRow));
			}
			checked.push(diagram.name);
		});
	}
	expect(checked).toEqual(expect.arrayContaining(['Productgerichte salesorganisatie', 'Matrixorganisatie']));
});
