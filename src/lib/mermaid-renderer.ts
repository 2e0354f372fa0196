/**
 * Renders Mermaid source to SVG with the official `mermaid` package inside headless Chromium, in both site themes.
 *
 * Why our own renderer instead of mermaid-isomorphic: that one closes its browser whenever no render is in flight
 * (so a build launches one per page) and pins mermaid 11; we want exactly one browser per build and mermaid 12 from
 * our own package.json. One page per theme, each initialised once; Mermaid queues renders itself, so concurrent
 * calls from different MDX files are safe.
 *
 * Results are cached on disk by a content hash that includes the Mermaid version, theme colours and font, so
 * unchanged diagrams never start the browser (warm builds and dev reloads stay fast).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './browser.ts';
import { DIAGRAM_FONT_WEIGHTS, DIAGRAM_THEMES, MIN_LABEL_SCALE, mermaidConfig, themeClasses, type DiagramTheme } from './diagram-theme.ts';

const require = createRequire(import.meta.url);
/** Bump when the post-processing below changes, so old cache entries are not reused. */
const RENDERER_VERSION = 4;

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
		.update(JSON.stringify({ code, mermaid: MERMAID_VERSION, font: FONT_VERSION, renderer: RENDERER_VERSION, themes: DIAGRAM_THEMES.map((t) => [mermaidConfig(t), themeClasses(t)]) }))
		.digest('hex');
}

/** Where rendered diagrams are kept between builds (gitignored with node_modules). */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'diagrams');

/** The Inter font files as data: URLs, so the blank render page can use them without a server or file access. */
async function fontFaceCss(): Promise<string> {
	const faces = await Promise.all(
		DIAGRAM_FONT_WEIGHTS.map(async (weight) => {
			const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
			const data = (await readFile(file)).toString('base64');
			return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`;
		}),
	);
	return faces.join('\n');
}

/** Runs in the page: render one diagram and make its root an accessible image. */
async function renderInPage({ id, code, classes, minScale }: { id: string; code: string; classes: string[]; minScale: number }) {
	const mermaid = (globalThis as unknown as { mermaid: { render: (id: string, code: string) => Promise<{ svg: string }> } }).mermaid;
	try {
		const { svg } = await mermaid.render(id, code);
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const root = doc.documentElement;
		// Mermaid marks the root as a "graphics-document"; for readers it is one picture with a name and description.
		root.setAttribute('role', 'img');
		root.removeAttribute('aria-roledescription');
		root.classList.add(...classes);
		// Narrow screens scroll a wide diagram sideways rather than shrinking its labels below legibility.
		root.style.setProperty('--diagram-min-width', `${Math.round((root as unknown as SVGSVGElement).viewBox.baseVal.width * minScale)}px`);
		const text = (attr: string) =>
			(root.getAttribute(attr) ?? '')
				.split(/\s+/)
				.map((ref) => (ref ? doc.getElementById(ref)?.textContent ?? '' : ''))
				.join(' ')
				.trim();
		return { svg: new XMLSerializer().serializeToString(root), title: text('aria-labelledby'), description: text('aria-describedby') };
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
	private browser?: Promise<{ browser: Browser; pages: Record<DiagramTheme, Page> }>;

	constructor(options: DiagramRendererOptions = {}) {
		this.cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
	}

	/** Both theme variants of one diagram, from the cache when possible. Throws DiagramSyntaxError on bad input. */
	async render(code: string): Promise<RenderedDiagram> {
		const key = diagramKey(code);
		const file = join(this.cacheDir, `${key}.json`);
		const cached = await readFile(file, 'utf8').then(
			(text) => JSON.parse(text) as RenderedDiagram,
			() => undefined,
		);
		if (cached) {
			this.stats.cached++;
			return cached;
		}
		const { pages } = await this.start();
		const id = diagramIdFor(key);
		const entries = await Promise.all(
			DIAGRAM_THEMES.map(async (theme) => {
				const result = await pages[theme].evaluate(renderInPage, { id: `${id}-${theme[0]}`, code, classes: themeClasses(theme), minScale: MIN_LABEL_SCALE });
				if ('error' in result) throw new DiagramSyntaxError(result.error);
				return [theme, result] as const;
			}),
		);
		const rendered = Object.fromEntries(entries) as RenderedDiagram;
		this.stats.rendered++;
		await mkdir(this.cacheDir, { recursive: true });
		// Write then rename, so a build killed halfway never leaves a half-written entry behind.
		const tmp = `${file}.${process.pid}.tmp`;
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

	private start() {
		this.browser ??= (async () => {
			this.stats.browserLaunches++;
			const browser = await chromium.launch(chromiumLaunchOptions());
			const fonts = await fontFaceCss();
			const open = async (theme: DiagramTheme) => {
				const page = await browser.newPage();
				await page.setContent(`<!doctype html><html><head><style>${fonts}</style></head><body></body></html>`);
				await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
				await page.evaluate(
					async ({ config, weights }) => {
						// Labels are measured with Inter; make sure it is loaded before the first measurement.
						await Promise.all(weights.map((w) => document.fonts.load(`${w} 16px Inter`)));
						(globalThis as unknown as { mermaid: { initialize: (c: unknown) => void } }).mermaid.initialize(config);
					},
					{ config: mermaidConfig(theme), weights: [...DIAGRAM_FONT_WEIGHTS] },
				);
				return [theme, page] as const;
			};
			const pages = Object.fromEntries(await Promise.all(DIAGRAM_THEMES.map(open))) as Record<DiagramTheme, Page>;
			return { browser, pages };
		})();
		return this.browser;
	}
}
