/**
 * Build-time Mermaid: every ```mermaid fence becomes a <figure class="diagram"> holding the diagram as inline SVG.
 * It is rendered once per site theme and the two are folded into one SVG whose colours follow the theme (see
 * src/diagrams/merge.ts; print always gets the light colours). Readers download no diagram JavaScript.
 *
 * The figure's content goes to MDX as hast. (It once went as raw HTML in a `<Fragment set:html>`, because MDX turned
 * a <style> inside the SVG into a literal attribute; the diagram CSS now goes to <head> instead, and as hast the
 * built pages are the same but for `data-pagefind-ignore=""` on the figure.)
 */
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { writeDiagramFont } from './font.ts';
import { mergeThemeSvgs, setDiagramStyles, SharedDiagramStyles } from './merge.ts';
import { DiagramRenderer, DiagramSyntaxError, diagramIdFor, diagramKey, type RenderedDiagram } from './renderer.ts';

/** The build's one renderer (one browser, started on the first uncached diagram, closed when the build ends). */
export const sharedRenderer = new DiagramRenderer();

/** A diagram that cannot be built; the message names the file and the line of the fence. */
export class DiagramError extends Error {
	// Astro's MDX integration reads `line`/`column` for the location it prints with the error.
	readonly line?: number;
	readonly column = 1;
	constructor(file: string, line: number | undefined, problem: string) {
		super(`${file}${line ? `:${line}` : ''}: mermaid diagram: ${problem}`);
		this.name = 'DiagramError';
		this.line = line;
	}
}

/** `pre > code.language-mermaid` as written by a ```mermaid fence. */
function mermaidSource(node: Element): string | undefined {
	if (node.tagName !== 'pre' || node.children.length !== 1) return undefined;
	const code = node.children[0];
	if (code?.type !== 'element' || code.tagName !== 'code') return undefined;
	const classes = code.properties.className;
	if (!Array.isArray(classes) || !classes.includes('language-mermaid')) return undefined;
	return code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** accTitle/accDescr are how a diagram gets its accessible name and description; a diagram without them fails. */
function missingAccessibility(source: string): string | undefined {
	const missing = ['accTitle', 'accDescr'].filter((key) => !new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(source));
	if (missing.length === 0) return undefined;
	return (
		`missing ${missing.join(' and ')}. Every diagram needs a name and a description for screen readers, e.g.\n` +
		'  accTitle: De vijf fasen van relatiemanagement\n  accDescr: Van productieconcept via ... naar relatiemarketing.'
	);
}

/** Per-theme classes the renderer puts on each variant; a merged SVG serves both themes and drops them. */
const isThemeClass = (name: string): boolean => name.startsWith('diagram__svg--') || name.endsWith(':sl-hidden');

/**
 * The HTML inside the figure: the diagram (one SVG whose colours follow the theme, or, if the variants cannot be
 * merged, one SVG per theme) and a visible caption. `suffix` keeps ids unique on a page; `styles` collects the
 * page's Mermaid CSS so it is written once (handed to the page head through frontmatter, see `setDiagramStyles`).
 */
export function figureHtml(rendered: RenderedDiagram, id: string, suffix: string, styles: SharedDiagramStyles): string {
	const uid = `${id}${suffix}`;
	const rename = (svg: string) => (suffix ? svg.replaceAll(id, uid) : svg);
	const [lightId, darkId] = [`${uid}-l`, `${uid}-d`];
	const light = rename(rendered.light.svg);
	const dark = rename(rendered.dark.svg);
	const merged = mergeThemeSvgs(light, dark, { light: lightId, dark: darkId }, isThemeClass);
	const svgs = merged
		? styles.add(merged.svg.replaceAll(lightId, uid), uid, merged.palette)
		: styles.add(light, lightId, new Map()) + styles.add(dark, darkId, new Map());
	const title = rendered.light.title;
	// The scroll box only scrolls on narrow screens; focusable and named so keyboard users can scroll it too.
	const scroll = toHtml({
		type: 'element',
		tagName: 'div',
		properties: { className: ['diagram__scroll'], tabIndex: 0, role: 'group', ariaLabel: title },
		children: [],
	});
	const caption = toHtml({
		type: 'element',
		tagName: 'figcaption',
		properties: { className: ['diagram__caption'] },
		children: [{ type: 'text', value: title }],
	});
	return scroll.replace('</div>', `${svgs}</div>`) + caption;
}

/** rehype plugin; add to `unified({ rehypePlugins })` in astro.config.mjs. */
export function rehypeMermaidDiagrams(options: { renderer?: DiagramRenderer } = {}) {
	const renderer = options.renderer ?? sharedRenderer;
	return async (tree: Root, file: VFile): Promise<void> => {
		const where = file.path ? relative(file.cwd, file.path) : '<unknown file>';
		const jobs: Array<{ node: Element; source: string; line?: number }> = [];
		visit(tree, 'element', (node) => {
			const source = mermaidSource(node);
			if (source !== undefined) jobs.push({ node, source, line: node.position?.start.line });
		});
		if (jobs.length === 0) return;

		for (const job of jobs) {
			const problem = missingAccessibility(job.source);
			if (problem) throw new DiagramError(where, job.line, problem);
		}
		const results = await Promise.all(
			jobs.map((job) =>
				renderer.render(job.source).catch((error: unknown) => {
					if (error instanceof DiagramSyntaxError) throw new DiagramError(where, job.line, error.message);
					throw error;
				}),
			),
		);

		const seen = new Map<string, number>();
		const styles = new SharedDiagramStyles();
		const htmls = jobs.map((job, index) => {
			const id = diagramIdFor(diagramKey(job.source));
			const copy = (seen.get(id) ?? 0) + 1;
			seen.set(id, copy);
			return figureHtml(results[index]!, id, copy > 1 ? `-${copy}` : '', styles);
		});
		// The page's diagram CSS belongs in <head>, out of this document's reach: src/routeData.ts puts it there.
		setDiagramStyles(file, styles.css());
		jobs.forEach((job, index) => {
			const figure = job.node as Element;
			figure.tagName = 'figure';
			figure.properties = { className: ['diagram'], dataPagefindIgnore: '' };
			figure.children = fromHtml(htmls[index]!, { fragment: true }).children as ElementContent[];
		});
	};
}

/**
 * Astro integration: puts the diagram font (Inter, only the characters the diagrams use; src/diagrams/font.ts)
 * on every page, closes the diagram browser when the build (or dev server) is done and reports numbers.
 * In `astro dev`, a character new to the diagrams shows in a fallback font until the server restarts.
 */
export function diagramsIntegration(renderer: DiagramRenderer = sharedRenderer): AstroIntegration {
	const finish = async (logger: { info: (msg: string) => void }) => {
		const { rendered, cached, browserLaunches } = renderer.stats;
		if (rendered + cached > 0) {
			logger.info(`${rendered} rendered, ${cached} from cache, browser launched ${browserLaunches}×`);
		}
		await renderer.close();
	};
	return {
		name: 'diagrams',
		hooks: {
			'astro:config:setup': async ({ config, injectScript, logger }) => {
				const { css, characters } = await writeDiagramFont(
					join(fileURLToPath(config.root), 'src', 'content'),
					fileURLToPath(new URL('diagram-font/', config.cacheDir)),
				);
				logger.info(`diagram font: Inter with ${[...characters].length} characters`);
				// CSS imported by every page goes into the site's shared stylesheet; Vite emits the font files it names.
				injectScript('page-ssr', `import ${JSON.stringify(css)};`);
			},
			'astro:build:done': ({ logger }) => finish(logger),
			'astro:server:done': ({ logger }) => finish(logger),
		},
	};
}
