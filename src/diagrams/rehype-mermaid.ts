/**
 * Build-time Mermaid: every ```mermaid fence becomes a <figure class="diagram"> holding the diagram as inline SVG.
 * It is rendered once per site theme and the two are folded into one SVG whose colours follow the theme (see
 * src/diagrams/merge.ts; print always gets the light colours). Readers download no diagram JavaScript.
 *
 * The renderer's SVG markup is parsed once; from there the figure is hast until Astro writes the page. Its Mermaid
 * stylesheet goes into the site's one shared diagram sheet (DiagramStyles), not into the document.
 */
import type { Element, ElementContent, Root } from 'hast';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { classesOf, isElement } from '../shared/hast.ts';
import { DiagramStyles, mergeThemeSvgs, parseSvg, renameInTree, svgOf } from './merge.ts';
import {
	DiagramRenderer,
	DiagramSyntaxError,
	diagramIdFor,
	diagramKey,
	type RenderedDiagram,
	type RenderedLayout,
} from './renderer.ts';
import { PHONE_LAYOUT_MAX_PX } from './narrow.ts';
import { HOUSE_CLASSES, isFlowchart } from './theme.ts';

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
	if (!isElement(code, 'code') || !classesOf(code).includes('language-mermaid')) return undefined;
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

/**
 * A class the fence uses (`X:::name`, `class X name`) but neither defines (`classDef`) nor finds among the house
 * classes would silently draw nothing: report it with its line (counted from the fence's opening line).
 */
export function unknownClass(source: string): { offset: number; problem: string } | undefined {
	if (!isFlowchart(source)) return undefined;
	const lines = source.split('\n');
	const defined = new Set<string>(Object.keys(HOUSE_CLASSES));
	for (const line of lines)
		for (const m of line.matchAll(/^\s*classDef\s+([\w-]+(?:\s*,\s*[\w-]+)*)/g))
			m[1]!.split(/\s*,\s*/).forEach((n) => defined.add(n));
	for (const [index, line] of lines.entries()) {
		const used = [...line.matchAll(/:::([\w-]+)/g)].map((m) => m[1]!);
		const statement = line.match(/^\s*class\s+\S+\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s*;?\s*$/);
		if (statement) used.push(...statement[1]!.split(/\s*,\s*/));
		const unknown = used.find((name) => !defined.has(name));
		if (unknown)
			return {
				offset: index + 1,
				problem: `unknown class "${unknown}"; use one of ${[...defined].join(', ')} or define it with classDef`,
			};
	}
	return undefined;
}

/** Per-theme classes the renderer puts on each variant; a merged SVG serves both themes and drops them. */
const isThemeClass = (name: string): boolean => name.startsWith('diagram__svg--') || name.endsWith(':sl-hidden');

/** The renderer's SVG of one theme, parsed (the one parse), with the diagram's ids renamed for this copy. */
function parsedSvg(svg: string, id: string, uid: string): Root {
	const tree = parseSvg(svg);
	renameInTree(tree, id, uid);
	return tree;
}

/** One layout of a diagram as one SVG whose colours follow the theme (or one per theme, if they cannot be merged). */
function layoutSvgs(layout: RenderedLayout, id: string, uid: string, styles: DiagramStyles): Element[] {
	const [lightId, darkId] = [`${uid}-l`, `${uid}-d`];
	const light = parsedSvg(layout.light.svg, id, uid);
	const dark = parsedSvg(layout.dark.svg, id, uid);
	const merged = mergeThemeSvgs(light, structuredClone(dark), { light: lightId, dark: darkId }, isThemeClass);
	if (merged) {
		renameInTree(merged.svg, lightId, uid);
		return [styles.add(merged.svg, uid, merged.palette)];
	}
	// Not mergeable: both renderings as the renderer drew them (the merge attempt changed the light tree).
	const [lightSvg, darkSvg] = [svgOf(parsedSvg(layout.light.svg, id, uid)), svgOf(dark)];
	if (!lightSvg || !darkSvg) throw new Error(`diagram ${id}: the renderer returned no <svg>`);
	return [styles.add(lightSvg, lightId, new Map()), styles.add(darkSvg, darkId, new Map())];
}

/**
 * The HTML inside the figure: the diagram and a visible caption. A diagram with a narrow layout carries both, each in
 * a `diagram__layout` box; a container query on the figure (in the shared sheet, see `styles.layoutClasses`) shows
 * the wide one while it fits with legible labels and the narrow one below that. The hidden one is `display: none`,
 * so it is neither seen nor read. `suffix` keeps ids unique on a page; `styles` collects the diagram's CSS into the
 * site's shared sheet.
 */
export function figureContent(
	rendered: RenderedDiagram,
	id: string,
	suffix: string,
	styles: DiagramStyles,
): ElementContent[] {
	const uid = `${id}${suffix}`;
	const wide = layoutSvgs(rendered, id, uid, styles);
	let svgs: Element[] = wide;
	if (rendered.narrow) {
		const narrow = layoutSvgs(rendered.narrow, `${id}-n`, `${uid}-n`, styles);
		const box = (name: string, children: Element[]): Element => ({
			type: 'element',
			tagName: 'div',
			properties: { className: ['diagram__layout', name] },
			children,
		});
		// The narrow layout shows in a phone's column, and wherever the wide one's smallest label would drop under
		// MIN_LABEL_PX (src/diagrams/narrow.ts).
		const classes = styles.layoutClasses(Math.max(Math.ceil(rendered.light.minWidth), PHONE_LAYOUT_MAX_PX));
		svgs = [box(classes.wide, wide), box(classes.narrow, narrow)];
	}
	const title = rendered.light.title;
	// The scroll box only scrolls if even the narrow layout cannot be shown legibly; focusable and named so keyboard
	// users can scroll it too.
	return [
		{
			type: 'element',
			tagName: 'div',
			properties: { className: ['diagram__scroll'], tabIndex: 0, role: 'group', ariaLabel: title },
			children: svgs,
		},
		{
			type: 'element',
			tagName: 'figcaption',
			properties: { className: ['diagram__caption'] },
			children: [{ type: 'text', value: title }],
		},
	];
}

/**
 * rehype plugin (added by the diagrams plugin, index.ts). `styles` is the site's shared diagram sheet. Once it is
 * written (sealed), a document whose diagrams need CSS the sheet lacks fails the build when `strict`; otherwise
 * (`astro dev`, where an author edits a diagram after the sheet was written) that CSS goes into the document.
 */
export function rehypeMermaidDiagrams(options: { renderer: DiagramRenderer; styles: DiagramStyles; strict?: boolean }) {
	const { renderer, styles, strict = false } = options;
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
			const unknown = unknownClass(job.source);
			if (unknown) throw new DiagramError(where, job.line && job.line + unknown.offset, unknown.problem);
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
		styles.takeLate();
		jobs.forEach((job, index) => {
			const id = diagramIdFor(diagramKey(job.source));
			const copy = (seen.get(id) ?? 0) + 1;
			seen.set(id, copy);
			const figure = job.node;
			figure.tagName = 'figure';
			figure.properties = { className: ['diagram'], dataPagefindIgnore: '' };
			figure.children = figureContent(results[index]!, id, copy > 1 ? `-${copy}` : '', styles);
		});
		const late = styles.takeLate();
		if (late.length === 0) return;
		if (strict)
			throw new DiagramError(
				where,
				jobs[0]!.line,
				'its CSS is missing from the shared diagram stylesheet, which is written from the ```mermaid fences found in src/content before the build; is this fence written in another way?',
			);
		jobs[0]!.node.children.push({
			type: 'element',
			tagName: 'style',
			properties: {},
			children: [{ type: 'text', value: late.join('\n') }],
		});
	};
}
