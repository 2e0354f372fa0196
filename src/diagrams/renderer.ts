/**
 * Renders Mermaid source to SVG with the official `mermaid` package inside headless Chromium, in both site themes.
 *
 * Why our own renderer instead of mermaid-isomorphic: that one closes its browser whenever no render is in flight
 * (so a build launches one per page) and pins mermaid 11; we want exactly one browser per build and mermaid 12 from
 * our own package.json.
 *
 * Results are cached on disk by a content hash that includes the Mermaid version, theme colours and font, so
 * unchanged diagrams never start the browser (warm builds and dev reloads stay fast).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../shared/browser.ts';
import { cachePath } from '../shared/cache.ts';
import {
	MIN_LABEL_PX,
	PHONE_COLUMN_PX,
	PHONE_LABEL_PX,
	mergeConfig,
	narrowLayouts,
	phoneLabelPx,
	type Layout,
} from './narrow.ts';
import {
	DIAGRAM_FONT_WEIGHTS,
	DIAGRAM_THEMES,
	houseClassDefs,
	mermaidConfig,
	themeClasses,
	withHouseClasses,
	type DiagramTheme,
} from './theme.ts';

const require = createRequire(import.meta.url);
/** Bump when the post-processing below changes, so old cache entries are not reused. */
const RENDERER_VERSION = 12;

const MERMAID_VERSION: string = require('mermaid/package.json').version;
const FONT_VERSION: string = require('@fontsource/inter/package.json').version;

export interface RenderedSvg {
	svg: string;
	/** Text of the SVG's <title> (from `accTitle`). */
	title: string;
	/** Text of the SVG's <desc> (from `accDescr`). */
	description: string;
	/** Natural width (viewBox), and the narrowest it may be shown with every label still >= MIN_LABEL_PX. */
	width: number;
	height: number;
	minWidth: number;
}
export type RenderedLayout = Record<DiagramTheme, RenderedSvg>;
/** The diagram as written and, when that is too wide for a phone and another layout is narrower, that layout. */
export type RenderedDiagram = RenderedLayout & { narrow?: RenderedLayout };

/** Mermaid's own message when a diagram does not parse or render. */
export class DiagramSyntaxError extends Error {}

export interface RendererStats {
	rendered: number;
	cached: number;
	browserLaunches: number;
}

/** Id prefix of a diagram's SVG; every id inside the SVG starts with it, so copies can be renamed safely. */
export const diagramIdFor = (key: string): string => `dgm-${key.slice(0, 12)}`;

/** The cache key: everything that changes the pixels. */
export function diagramKey(code: string): string {
	return createHash('sha256')
		.update(
			JSON.stringify({
				code,
				mermaid: MERMAID_VERSION,
				font: FONT_VERSION,
				renderer: RENDERER_VERSION,
				themes: DIAGRAM_THEMES.map((t) => [mermaidConfig(t), themeClasses(t), houseClassDefs(t)]),
				narrow: [MIN_LABEL_PX, PHONE_COLUMN_PX, PHONE_LABEL_PX, narrowLayouts(code)],
			}),
		)
		.digest('hex');
}

/**
 * The render page: Mermaid and the Inter font files straight from node_modules. Loaded from a file: URL so Chromium
 * reads the 5 MB script itself (much faster than pushing it through the DevTools protocol); nothing leaves the machine.
 */
function renderPageHtml(): string {
	const url = (specifier: string) => pathToFileURL(require.resolve(specifier)).href;
	const faces = DIAGRAM_FONT_WEIGHTS.map(
		(weight) =>
			`@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(${url(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`)}) format('woff2')}`,
	);
	return `<!doctype html><html><head><meta charset="utf-8"><style>${faces.join('\n')}</style><script src="${url('mermaid/dist/mermaid.min.js')}"></script></head><body></body></html>`;
}

/** Runs in the page: render one diagram and make its root an accessible image. */
async function renderInPage({
	id,
	code,
	classes,
	minLabelPx,
	config,
}: {
	id: string;
	code: string;
	classes: string[];
	minLabelPx: number;
	config: unknown;
}) {
	type Mermaid = {
		initialize: (config: unknown) => void;
		render: (id: string, code: string) => Promise<{ svg: string }>;
	};
	const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
	try {
		mermaid.initialize(config);
		const { svg } = await mermaid.render(id, code);
		// Mermaid's SVG is HTML-serialised (labels may hold <br>), so parse and serialise it as HTML.
		const doc = new DOMParser().parseFromString(svg, 'text/html');
		const root = doc.querySelector('svg')!;
		// Mermaid marks the root as a "graphics-document"; for readers it is one picture with a name and description.
		root.setAttribute('role', 'img');
		root.removeAttribute('aria-roledescription');
		root.classList.add(...classes);
		// Edge geometry kept for Mermaid's own client-side animation; readers get no Mermaid JS, so it is dead weight.
		for (const el of root.querySelectorAll('[data-points]')) el.removeAttribute('data-points');
		// Mermaid defines every arrowhead, shadow and gradient its diagram type might use (a flowchart: 12 markers);
		// keep only what something in this SVG (an attribute or its stylesheet) points at. A third of the markup.
		const markup = root.outerHTML;
		for (const def of root.querySelectorAll(
			'marker[id], filter[id], linearGradient[id], radialGradient[id], pattern[id]',
		)) {
			const refs = [`#${def.id})`, `#${def.id}")`, `#${def.id}')`, `href="#${def.id}"`];
			if (!refs.some((ref) => markup.includes(ref))) def.remove();
		}
		for (const defs of root.querySelectorAll('defs')) if (!defs.children.length) defs.remove();
		// Bytes that draw nothing (a chapter with ten diagrams and their narrow layouts was 56 KB gzip): coordinates
		// to 2 decimals (digits gzip cannot compress), class names once, data-* attributes that no CSS reads, and ids
		// that nothing points at.
		const sheet = root.querySelector('style')?.textContent ?? '';
		const referenced = new Set([
			...[...markup.matchAll(/#([\w-]+)/g)].map((m) => m[1]),
			...`${root.getAttribute('aria-labelledby') ?? ''} ${root.getAttribute('aria-describedby') ?? ''}`.split(/\s+/),
		]);
		for (const el of root.querySelectorAll('*')) {
			const classes = el.getAttribute('class');
			if (classes) el.setAttribute('class', [...new Set(classes.split(/\s+/).filter(Boolean))].join(' '));
			if (el.id && !referenced.has(el.id)) el.removeAttribute('id');
			for (const attr of [...el.attributes]) {
				if (
					(attr.name.startsWith('data-') && !sheet.includes(attr.name)) ||
					(attr.name === 'style' && !attr.value.trim())
				)
					el.removeAttribute(attr.name);
				// Inside foreignObject the HTML parser puts elements in the XHTML namespace by itself.
				else if (attr.name === 'xmlns' && el.closest('foreignObject')) el.removeAttribute(attr.name);
				else if (attr.name !== 'id' && attr.name !== 'class' && /\d\.\d{3}/.test(attr.value)) {
					el.setAttribute(
						attr.name,
						attr.value.replace(/-?\d*\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)),
					);
				}
			}
		}
		// Mermaid writes an empty <rect></rect> into every label; without a size it draws nothing.
		for (const rect of root.querySelectorAll('rect')) if (rect.attributes.length === 0) rect.remove();
		// HTML labels put a <p> inside <span class="nodeLabel">, which HTML does not allow: a block-level span instead,
		// and Mermaid's `p` selectors follow it.
		for (const p of root.querySelectorAll('foreignObject p')) {
			const span = doc.createElement('span');
			span.className = 'dgm-p';
			span.append(...p.childNodes);
			p.replaceWith(span);
		}
		const style = root.querySelector('style');
		if (style) {
			const css = (style.textContent ?? '').replace(
				/([^{}]+)\{/g,
				(_, selectors: string) => `${selectors.replace(/(^|[\s>+~,(])p(?=$|[\s>+~,.:[)#])/g, '$1.dgm-p')}{`,
			);
			style.textContent = `${css}#${id} .dgm-p{display:block;}`;
		}
		// Read before the SVG moves into the document below (`doc` then no longer holds it).
		const text = (attr: string) =>
			(root.getAttribute(attr) ?? '')
				.split(/\s+/)
				.map((ref) => (ref ? (doc.getElementById(ref)?.textContent ?? '') : ''))
				.join(' ')
				.trim();
		const [title, description] = [text('aria-labelledby'), text('aria-describedby')];
		// The smallest text as drawn (the SVG's own stylesheet applies only in a document): the diagram may shrink
		// until that text is minLabelPx, and no further; narrower screens scroll rather than shrink it below legibility.
		document.body.append(root);
		let smallest = Infinity;
		for (const el of root.querySelectorAll('*')) {
			if (el.closest('title, desc, style')) continue;
			const own = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
			if (own) smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
		}
		root.remove();
		const width = root.viewBox.baseVal.width;
		const minWidth = Math.ceil(width * Math.min(1, minLabelPx / (Number.isFinite(smallest) ? smallest : minLabelPx)));
		root.style.setProperty('--diagram-min-width', `${minWidth}px`);
		return { svg: root.outerHTML, title, description, width, height: root.viewBox.baseVal.height, minWidth };
	} catch (error) {
		// Mermaid leaves its error drawing behind; clear it so the next render starts clean.
		document.getElementById(`d${id}`)?.remove();
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * Of the layouts tried, the one for phones: the one whose smallest label is largest in a phone's column (half a pixel
 * either way counts as equal, and then the least tall wins); none if it reads no better than the diagram as written.
 */
export function pickNarrow<T extends { light: Pick<RenderedSvg, 'width' | 'minWidth' | 'height'> }>(
	main: Pick<RenderedSvg, 'width' | 'minWidth'>,
	tried: T[],
): T | undefined {
	const better = tried.filter((t) => phoneLabelPx(t.light) > phoneLabelPx(main) + 0.5);
	const best = Math.max(...better.map((t) => phoneLabelPx(t.light)));
	return better.filter((t) => phoneLabelPx(t.light) >= best - 0.5).sort((a, b) => a.light.height - b.light.height)[0];
}

export interface DiagramRendererOptions {
	cacheDir?: string;
}

export class DiagramRenderer {
	readonly stats: RendererStats = { rendered: 0, cached: 0, browserLaunches: 0 };
	private readonly cacheDir: string;
	private browser?: Promise<{ browser: Browser; page: Page }>;
	private queue: Promise<unknown> = Promise.resolve();
	private readonly inflight = new Map<string, Promise<RenderedDiagram>>();

	constructor(options: DiagramRendererOptions = {}) {
		// Outside Astro (tests, scripts): Astro's default cache folder, so a build and the tests share one cache.
		this.cacheDir = options.cacheDir ?? cachePath('diagrams');
	}

	/** Both theme variants of one diagram, from the cache when possible. Throws DiagramSyntaxError on bad input. */
	render(code: string): Promise<RenderedDiagram> {
		const key = diagramKey(code);
		// The same diagram on several pages compiled at once is rendered once.
		let pending = this.inflight.get(key);
		if (!pending) {
			pending = this.renderUncached(code, key).finally(() => this.inflight.delete(key));
			this.inflight.set(key, pending);
		}
		return pending;
	}

	private async renderUncached(code: string, key: string): Promise<RenderedDiagram> {
		const file = join(this.cacheDir, `${key}.json`);
		const cached = await readFile(file, 'utf8').then(
			(text) => JSON.parse(text) as RenderedDiagram,
			() => undefined,
		);
		if (cached) {
			this.stats.cached++;
			return cached;
		}
		const id = diagramIdFor(key);
		// One page renders everything, one diagram and theme at a time (Mermaid's config is global to the page).
		const job = this.queue.then(async () => {
			const page = await this.start();
			const draw = async (layout: Layout, theme: DiagramTheme, suffix: string): Promise<RenderedSvg> => {
				const config = mergeConfig(mermaidConfig(theme), layout.config);
				const args = {
					id: `${id}${suffix}-${theme[0]}`,
					code: withHouseClasses(layout.code, theme),
					classes: themeClasses(theme),
					minLabelPx: MIN_LABEL_PX,
					config,
				};
				const result = await page.evaluate(renderInPage, args);
				if ('error' in result) throw new DiagramSyntaxError(result.error);
				return result;
			};
			const both = async (layout: Layout, suffix: string, light?: RenderedSvg): Promise<RenderedLayout> => ({
				light: light ?? (await draw(layout, 'light', suffix)),
				dark: await draw(layout, 'dark', suffix),
			});
			const main = await both({ code }, '');
			if (phoneLabelPx(main.light) >= PHONE_LABEL_PX) return main;
			// Small on a phone: try the other layouts (light only) and keep the one that reads best (see `pickNarrow`).
			const tried: Array<{ layout: Layout; light: RenderedSvg }> = [];
			for (const layout of narrowLayouts(code)) tried.push({ layout, light: await draw(layout, 'light', '-n') });
			const best = pickNarrow(main.light, tried);
			return best ? { ...main, narrow: await both(best.layout, '-n', best.light) } : main;
		});
		this.queue = job.catch(() => undefined);
		const rendered: RenderedDiagram = await job;
		this.stats.rendered++;
		await mkdir(this.cacheDir, { recursive: true });
		// Write then rename, so a build killed halfway never leaves a half-written entry behind.
		const tmp = `${file}.${process.pid}-${randomUUID()}.tmp`;
		await writeFile(tmp, JSON.stringify(rendered));
		await rename(tmp, file);
		return rendered;
	}

	/** Closes the browser if one was started; the next render starts a new one. */
	async close(): Promise<void> {
		const started = this.browser;
		this.browser = undefined;
		if (started) await (await started).browser.close();
	}

	private start(): Promise<Page> {
		this.browser ??= (async () => {
			this.stats.browserLaunches++;
			const browser = await chromium.launch(chromiumLaunchOptions());
			await mkdir(this.cacheDir, { recursive: true });
			const html = join(this.cacheDir, 'render.html');
			await writeFile(html, renderPageHtml());
			const page = await browser.newPage();
			await page.goto(pathToFileURL(html).href);
			// Labels are measured with Inter; make sure every weight is loaded before the first measurement.
			const loaded = await page.evaluate(
				async (weights) => {
					await Promise.all(weights.map((w) => document.fonts.load(`${w} 16px Inter`)));
					return [...document.fonts].filter((f) => f.status === 'loaded').length;
				},
				[...DIAGRAM_FONT_WEIGHTS],
			);
			// Measuring with a fallback font would give boxes that clip Inter labels on the site: stop instead.
			if (loaded !== DIAGRAM_FONT_WEIGHTS.length)
				throw new Error(`Diagram renderer: only ${loaded} of ${DIAGRAM_FONT_WEIGHTS.length} Inter font files loaded.`);
			if (typeof (await page.evaluate(() => (globalThis as { mermaid?: unknown }).mermaid)) !== 'object')
				throw new Error('Diagram renderer: mermaid.min.js did not load.');
			return { browser, page };
		})();
		return this.browser.then(({ page }) => page);
	}
}
