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
import {
	DIAGRAM_FONT_WEIGHTS,
	DIAGRAM_THEMES,
	MIN_LABEL_SCALE,
	mermaidConfig,
	themeClasses,
	type DiagramTheme,
} from './theme.ts';

const require = createRequire(import.meta.url);
/** Bump when the post-processing below changes, so old cache entries are not reused. */
const RENDERER_VERSION = 7;

const MERMAID_VERSION: string = require('mermaid/package.json').version;
const FONT_VERSION: string = require('@fontsource/inter/package.json').version;

export interface RenderedSvg {
	svg: string;
	/** Text of the SVG's <title> (from `accTitle`). */
	title: string;
	/** Text of the SVG's <desc> (from `accDescr`). */
	description: string;
}
export type RenderedDiagram = Record<DiagramTheme, RenderedSvg>;

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
				themes: DIAGRAM_THEMES.map((t) => [mermaidConfig(t), themeClasses(t)]),
			}),
		)
		.digest('hex');
}

/** Where rendered diagrams are kept between builds (gitignored with node_modules). */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'diagrams');

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
	minScale,
	config,
}: {
	id: string;
	code: string;
	classes: string[];
	minScale: number;
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
		// Narrow screens scroll a wide diagram sideways rather than shrinking its labels below legibility.
		root.style.setProperty('--diagram-min-width', `${Math.round(root.viewBox.baseVal.width * minScale)}px`);
		const text = (attr: string) =>
			(root.getAttribute(attr) ?? '')
				.split(/\s+/)
				.map((ref) => (ref ? (doc.getElementById(ref)?.textContent ?? '') : ''))
				.join(' ')
				.trim();
		return { svg: root.outerHTML, title: text('aria-labelledby'), description: text('aria-describedby') };
	} catch (error) {
		// Mermaid leaves its error drawing behind; clear it so the next render starts clean.
		document.getElementById(`d${id}`)?.remove();
		return { error: error instanceof Error ? error.message : String(error) };
	}
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
		this.cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
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
			const entries: Array<[DiagramTheme, RenderedSvg]> = [];
			for (const theme of DIAGRAM_THEMES) {
				const args = {
					id: `${id}-${theme[0]}`,
					code,
					classes: themeClasses(theme),
					minScale: MIN_LABEL_SCALE,
					config: mermaidConfig(theme),
				};
				const result = await page.evaluate(renderInPage, args);
				if ('error' in result) throw new DiagramSyntaxError(result.error);
				entries.push([theme, result]);
			}
			return entries;
		});
		this.queue = job.catch(() => undefined);
		const entries = await job;
		const rendered = Object.fromEntries(entries) as RenderedDiagram;
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
