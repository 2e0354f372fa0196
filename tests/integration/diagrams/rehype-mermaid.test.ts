import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagramStyles } from '../../../src/diagrams/merge.ts';
import { DiagramRenderer } from '../../../src/diagrams/renderer.ts';
import { rehypeMermaidDiagrams, unknownClass } from '../../../src/diagrams/rehype-mermaid.ts';

const GOOD = [
	'# Test',
	'',
	'```mermaid',
	'flowchart LR',
	'  accTitle: Twee stappen',
	'  accDescr: Eerst A, dan B.',
	// A line break inside a label makes Mermaid's SVG HTML rather than XML; it must still come through.
	'  A["Eerste<br>stap"] --> B[Tweede stap]',
	'```',
	'',
].join('\n');

let cacheDir: string;
let renderer: DiagramRenderer;

/**
 * Runs our plugin in Astro's own Markdown pipeline, as the build does. The diagram CSS it collects for the shared
 * sheet goes before the body, as the page links that sheet in its <head>.
 */
async function render(markdown: string, file: string, use = renderer): Promise<string> {
	const styles = new DiagramStyles();
	const processor = await createMarkdownProcessor({
		rehypePlugins: [[rehypeMermaidDiagrams, { renderer: use, styles }]],
		syntaxHighlight: false,
	});
	const { content } = parseFrontmatter(markdown, { frontmatter: 'empty-with-spaces' });
	const { code } = await processor.render(content, { fileURL: pathToFileURL(resolve(file)) });
	return `<style>${styles.css()}</style>${code}`;
}

/** Just enough of a DOM over hast to inspect the output. */
function dom(html: string) {
	const tree: Root = fromHtml(html, { fragment: true });
	const all: Element[] = [];
	visit(tree, 'element', (el) => void all.push(el));
	const classes = (el: Element) => (el.properties.className as string[] | undefined) ?? [];
	return {
		all,
		byId: (id: string) => all.find((el) => el.properties.id === id),
		byTag: (tag: string, within?: Element) => {
			const found: Element[] = [];
			visit(within ?? tree, 'element', (el) => void (el.tagName === tag && found.push(el)));
			return found;
		},
		classes,
		text: (el: Element | undefined) => (el ? toString(el) : undefined),
	};
}

beforeAll(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'diagram-cache-'));
	renderer = new DiagramRenderer({ cacheDir });
});
afterAll(async () => {
	await renderer.close();
	await rm(cacheDir, { recursive: true, force: true });
});

describe('rehypeMermaidDiagrams', () => {
	it('turns a mermaid fence into a figure with one accessible SVG whose colours follow the theme', async () => {
		const html = await render(GOOD, 'src/content/docs/test.md');
		expect(html).not.toContain('<pre');
		expect(html).toMatch(/<figure class="diagram" data-pagefind-ignore(="")?>/);
		const doc = dom(html);
		const [figure] = doc.byTag('figure');
		const svgs = doc.byTag('svg', figure);
		expect(svgs).toHaveLength(1);
		const svg = svgs[0]!;
		expect(doc.classes(svg)).toContain('diagram__svg');
		expect(doc.classes(svg).filter((c) => c.includes('sl-hidden') || c.startsWith('diagram__svg--'))).toEqual([]);
		expect(svg.properties.role).toBe('img');
		expect(doc.text(doc.byId(String(svg.properties.ariaLabelledBy)))).toBe('Twee stappen');
		expect(doc.text(doc.byId(String(svg.properties.ariaDescribedBy)))).toBe('Eerst A, dan B.');
		expect(doc.text(svg)).toContain('Tweede stap');
		expect(doc.byTag('br', svg)).toHaveLength(1);
		// Arrowheads are markers referenced by id inside the same SVG.
		const paths = doc.byTag('path', svg).filter((p) => p.properties.markerEnd);
		expect(paths.length).toBeGreaterThan(0);
		const marker = String(paths[0]!.properties.markerEnd).match(/url\(#(.+)\)/)?.[1];
		expect(doc.byTag('marker', svg).some((m) => m.properties.id === marker)).toBe(true);
		// Light text colour by default, dark text colour on screen in the dark theme, through one custom property.
		expect(doc.byTag('style', figure), 'diagram CSS goes to the page head, not into the figure').toEqual([]);
		const css = doc
			.byTag('style')
			.map((style) => doc.text(style))
			.join('');
		const textVar = css.match(/:root\{[^}]*?(--dgm-[0-9a-f]+):#23262f/)?.[1];
		expect(textVar, 'light text colour is a custom property').toBeDefined();
		expect(css).toContain(`@media screen{:root[data-theme='dark']{`);
		expect(css).toMatch(new RegExp(`data-theme='dark'\\]\\{[^}]*${textVar}:#edeef3`));
		expect(css).toContain(`var(${textVar})`);
		expect(doc.text(doc.byTag('figcaption')[0])).toBe('Twee stappen');
		expect(html).not.toMatch(/<script/);
	});

	it('writes the Mermaid stylesheet once per page, however many diagrams share it', async () => {
		const other = GOOD.replace('Tweede stap', 'Derde stap');
		const html = await render(`${GOOD}\n${other}`, 'src/content/docs/two.md');
		const doc = dom(html);
		const svgs = doc.byTag('svg');
		expect(svgs).toHaveLength(2);
		// The palette and the flowchart stylesheet, once, for the shared sheet; both diagrams refer to them by class.
		const styles = doc.byTag('style');
		expect(styles).toHaveLength(1);
		expect(svgs.flatMap((svg) => doc.byTag('style', svg))).toEqual([]);
		const scope = (svg: Element) => doc.classes(svg).find((c) => c.startsWith('dgm-s-'));
		expect(scope(svgs[0]!)).toBeDefined();
		expect(scope(svgs[1]!)).toBe(scope(svgs[0]!));
		const css = doc.text(styles[0]) ?? '';
		expect(css.split(`.${scope(svgs[0]!)} .node rect`).length).toBeGreaterThan(1);
		expect(css.split(`.${scope(svgs[0]!)}{`)).toHaveLength(2);
		// No rule names one page's SVG.
		expect(css).not.toMatch(/#dgm-/);
	});

	it('keeps every id unique, also when the same diagram appears twice on a page', async () => {
		const html = await render(`${GOOD}\n${GOOD}`, 'src/content/docs/twice.md');
		const doc = dom(html);
		expect(doc.byTag('svg')).toHaveLength(2);
		const ids = doc.all.map((el) => el.properties.id).filter((id) => id !== undefined);
		expect(ids.length).toBeGreaterThan(8);
		expect(new Set(ids).size).toBe(ids.length);
		// Every url(#...) and aria reference points at an element of this page.
		const refs = [...html.matchAll(/url\(#([^)]+)\)|aria-(?:labelledby|describedby)="([^"]+)"/g)].map(
			(m) => m[1] ?? m[2],
		);
		for (const ref of refs) expect(doc.byId(ref!), ref).toBeDefined();
	});

	it('keeps only the arrowheads, shadows and gradients something in the diagram points at', async () => {
		const html = await render(GOOD, 'src/content/docs/defs.md');
		const doc = dom(html);
		const defs = doc.all.filter((el) =>
			['marker', 'filter', 'linearGradient', 'radialGradient', 'pattern'].includes(el.tagName),
		);
		// One arrow: Mermaid defines 12 markers for a flowchart, the edge uses one.
		expect(doc.byTag('marker')).toHaveLength(1);
		for (const def of defs) {
			const id = String(def.properties.id);
			expect(html.includes(`#${id})`) || html.includes(`href="#${id}"`), `${def.tagName}#${id} is used`).toBe(true);
		}
		expect(doc.byTag('defs').every((el) => el.children.length > 0)).toBe(true);
	});

	it("stops with the file, the line of the fence and Mermaid's message for a broken diagram", async () => {
		const fixture = 'tests/fixtures/broken-diagram.mdx';
		const source = await readFile(fixture, 'utf8');
		const fenceLine =
			source.split('\n').findIndex((line, i, all) => line === '```mermaid' && all[i + 2]?.includes('Kapot')) + 1;
		expect(fenceLine).toBe(18);
		await expect(render(source, fixture)).rejects.toThrow(
			new RegExp(
				`(^|\\n)tests/fixtures/broken-diagram\\.mdx:${fenceLine}: mermaid diagram: Parse error on line \\d+:[\\s\\S]*Expecting`,
			),
		);
	});

	it('refuses a diagram without accTitle/accDescr, naming file and line', async () => {
		const bare = '\n```mermaid\nflowchart LR\n  A --> B\n```\n';
		await expect(render(bare, 'src/content/docs/bare.md')).rejects.toThrow(
			/(^|\n)src\/content\/docs\/bare\.md:2: mermaid diagram: missing accTitle and accDescr/,
		);
	});

	it('refuses a class that is neither a house class nor defined in the fence, naming the line it is used on', async () => {
		const typo =
			'\n```mermaid\nflowchart TD\n  accTitle: T\n  accDescr: D\n  A[Directeur]:::manager --> B[Werknemers]:::persoon\n```\n';
		await expect(render(typo, 'src/content/docs/typo.md')).rejects.toThrow(
			/(^|\n)src\/content\/docs\/typo\.md:6: mermaid diagram: unknown class "persoon"/,
		);
		const statement = '\n```mermaid\nflowchart TD\n  accTitle: T\n  accDescr: D\n  A --> B\n  class A,B baas\n```\n';
		await expect(render(statement, 'src/content/docs/typo.md')).rejects.toThrow(
			/typo\.md:7: mermaid diagram: unknown class "baas"/,
		);
	});

	it('lets a fence use the house classes and its own classDef', () => {
		expect(
			unknownClass('flowchart TD\n  A:::manager --> B:::eigen\n  class B staff\n  classDef eigen fill:#fff'),
		).toBeUndefined();
	});

	it('gives a flow too wide for a phone a narrow layout, picked by a container query, with valid label markup', async () => {
		const steps = ['Eerste stap', 'Tweede stap', 'Derde stap', 'Vierde stap', 'Vijfde stap'];
		const flow = [
			'```mermaid',
			'flowchart LR',
			'  accTitle: Vijf stappen',
			'  accDescr: Vijf stappen na elkaar.',
			`  ${steps.map((s, i) => `S${i}["${s}"]`).join(' --> ')}`,
			'```',
			'',
		].join('\n');
		const html = await render(flow, 'src/content/docs/wide.md');
		const doc = dom(html);
		const layouts = doc.all.filter((el) => doc.classes(el).includes('diagram__layout'));
		expect(layouts).toHaveLength(2);
		const [wide, narrow] = layouts.map((el) => doc.byTag('svg', el)[0]!);
		const box = (svg: Element) => String(svg.properties.viewBox).split(' ').map(Number);
		// The wide one is laid out left to right, the narrow one top-down: narrower than it is tall.
		expect(box(wide!)[2]!).toBeGreaterThan(box(wide!)[3]! * 3);
		expect(box(narrow!)[2]!).toBeLessThan(box(narrow!)[3]!);
		// Both carry the name and description; only one is displayed at a time (the rule switches at the wide one's min width).
		for (const svg of [wide!, narrow!]) expect(doc.text(doc.byTag('title', svg)[0])).toBe('Vijf stappen');
		const minWidth = Number(String(wide!.properties.style).match(/--diagram-min-width:\s*(\d+)px/)![1]);
		expect(minWidth).toBeGreaterThan(358);
		expect(html).toMatch(
			new RegExp(`@container \\(max-width:${minWidth - 0.02}px\\)\\{\\.dgm-w-${minWidth}\\{display:none\\}`),
		);
		// No <p> inside a label's <span> (invalid HTML); Mermaid's `p` rules now target the span that replaced it.
		expect(doc.all.filter((el) => el.tagName === 'p')).toEqual([]);
		expect(doc.all.filter((el) => doc.classes(el).includes('dgm-p')).map((el) => doc.text(el))).toEqual(
			expect.arrayContaining(steps),
		);
		expect(html).toMatch(/\.dgm-p\{display:block;?\}/);
	});

	it('serves an unchanged diagram from the disk cache without starting a browser', async () => {
		await render(GOOD, 'src/content/docs/test.md'); // make sure it is cached
		expect((await readdir(cacheDir)).some((f) => f.endsWith('.json'))).toBe(true);
		const fresh = new DiagramRenderer({ cacheDir });
		const started = performance.now();
		const html = await render(GOOD, 'src/content/docs/test.md', fresh);
		const ms = performance.now() - started;
		expect(fresh.stats).toEqual({ rendered: 0, cached: 1, browserLaunches: 0 });
		expect(html).toContain('Tweede stap');
		// A browser start alone takes seconds; a cache hit is a file read.
		expect(ms).toBeLessThan(1000);
		console.info(`cache hit rendered in ${ms.toFixed(0)} ms`);
	});
});
