/**
 * One SVG per diagram instead of one per site theme. Mermaid renders the light and the dark variant with the same
 * layout; they differ only in colours. Each colour that differs becomes a CSS custom property (`--dgm-…`), light by
 * default and dark under `:root[data-theme='dark']` on screen, so paper always gets the light colours.
 *
 * Then the (large, identical) Mermaid stylesheets are shared: `#id` selectors become a class named after the
 * stylesheet's content, and the site carries each distinct stylesheet once, in one sheet every page links.
 */
import { createHash } from 'node:crypto';
import type { Element, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { find, svg as svgSchema } from 'property-information';
import { classesOf, isElement } from '../shared/hast.ts';
import { escapeRegExp } from '../shared/words.ts';

/** Colour literals as Mermaid writes them. */
const COLOR = /(#[0-9a-fA-F]{3,8}\b|(?:rgba?|hsla?)\([^)]*\))/;
const WHOLE_COLOR = new RegExp(`^${COLOR.source}$`);

/** Light and dark value of each custom property, by property name. */
export type Palette = Map<string, { light: string; dark: string }>;

const shortHash = (text: string, length: number): string =>
	createHash('sha256').update(text).digest('hex').slice(0, length);

/** Name of the custom property for a light/dark colour pair; the same pair gets the same name on every page. */
export const colorVar = (light: string, dark: string): string => `--dgm-${shortHash(`${light}|${dark}`, 6)}`;

/** CSS text with each colour that differs between the themes replaced by a custom property; undefined if the two differ in more than colours. */
export function mergeCss(light: string, dark: string, palette: Palette): string | undefined {
	const l = light.split(COLOR);
	const d = dark.split(COLOR);
	if (l.length !== d.length) return undefined;
	let out = '';
	for (let i = 0; i < l.length; i++) {
		const [a, b] = [l[i]!, d[i]!];
		if (i % 2 === 0) {
			if (a !== b) return undefined;
			out += a;
		} else if (a === b) {
			out += a;
		} else {
			const name = colorVar(a, b);
			palette.set(name, { light: a, dark: b });
			out += `var(${name})`;
		}
	}
	return out;
}

/** The renderer's SVG markup as hast: the one parse; from here on the diagram stays a tree until Astro writes the page. */
export const parseSvg = (html: string): Root => fromHtml(html, { fragment: true, space: 'html' });

/** The `<svg>` element of a parsed rendering. */
export const svgOf = (tree: Root): Element | undefined =>
	tree.children.find((node): node is Element => isElement(node, 'svg'));

/**
 * Replaces `from` with `to` in every text and attribute value of the tree (ids, `url(#…)` references, the
 * stylesheet), as a search and replace over the markup would.
 */
export function renameInTree(node: Root | RootContent, from: string, to: string): void {
	if (from === to) return;
	if (node.type === 'text') node.value = node.value.replaceAll(from, to);
	if (node.type === 'element') {
		for (const [key, value] of Object.entries(node.properties)) {
			if (typeof value === 'string') node.properties[key] = value.replaceAll(from, to);
			else if (Array.isArray(value))
				node.properties[key] = value.map((v) => (typeof v === 'string' ? v.replaceAll(from, to) : v));
		}
	}
	if ('children' in node) for (const child of node.children) renameInTree(child, from, to);
}

const classList = (props: Properties, ignore: (name: string) => boolean): string =>
	classesOf(props)
		.filter((name) => !ignore(name))
		.join(' ');

/** Walks both trees side by side, writing the merged values into `l`. False when they differ in more than colours. */
function mergeNodes(
	l: RootContent | Root,
	d: RootContent | Root,
	palette: Palette,
	ignoreClass: (name: string) => boolean,
	inStyle = false,
): boolean {
	if (l.type !== d.type) return false;
	if (l.type === 'text' && d.type === 'text') {
		if (l.value === d.value) return true;
		if (!inStyle) return false;
		const merged = mergeCss(l.value, d.value, palette);
		if (merged === undefined) return false;
		l.value = merged;
		return true;
	}
	if (l.type === 'comment' || l.type === 'doctype') return true; // types already match
	if ((l.type === 'element' && d.type === 'element') || (l.type === 'root' && d.type === 'root')) {
		if (l.type === 'element' && d.type === 'element' && !mergeProperties(l, d, palette, ignoreClass)) return false;
		if (l.children.length !== d.children.length) return false;
		const style = l.type === 'element' && l.tagName === 'style';
		return l.children.every((child, i) => mergeNodes(child, d.children[i]!, palette, ignoreClass, style));
	}
	return false;
}

function mergeProperties(l: Element, d: Element, palette: Palette, ignoreClass: (name: string) => boolean): boolean {
	if (l.tagName !== d.tagName) return false;
	const keys = new Set([...Object.keys(l.properties), ...Object.keys(d.properties)]);
	const moved: string[] = [];
	for (const key of keys) {
		const [a, b] = [l.properties[key], d.properties[key]];
		if (key === 'className') {
			if (classList(l.properties, ignoreClass) !== classList(d.properties, ignoreClass)) return false;
			continue;
		}
		if (String(a) === String(b)) continue;
		if (typeof a !== 'string' || typeof b !== 'string') return false;
		if (key === 'style') {
			const merged = mergeCss(a, b, palette);
			if (merged === undefined) return false;
			l.properties.style = merged;
		} else if (WHOLE_COLOR.test(a) && WHOLE_COLOR.test(b)) {
			// A presentation attribute cannot hold var(); the same colour goes into the style attribute instead.
			const name = colorVar(a, b);
			palette.set(name, { light: a, dark: b });
			moved.push(`${find(svgSchema, key).attribute}:var(${name})`);
			delete l.properties[key];
		} else {
			return false;
		}
	}
	if (moved.length) {
		const style = typeof l.properties.style === 'string' ? l.properties.style.replace(/;?\s*$/, ';') : '';
		l.properties.style = style + moved.join(';');
	}
	return true;
}

/**
 * The light SVG with the dark one's colours folded in as custom properties, or undefined when the two differ in
 * more than colours (the caller then keeps both). `darkId` is renamed to `lightId` first; classes for which
 * `ignoreClass` is true (the per-theme ones) may differ and are dropped. The light tree is changed in place; the
 * dark one is only read (but for the renaming).
 */
export function mergeThemeSvgs(
	light: Root,
	dark: Root,
	ids: { light: string; dark: string },
	ignoreClass: (name: string) => boolean,
): { svg: Element; palette: Palette } | undefined {
	const palette: Palette = new Map();
	renameInTree(dark, ids.dark, ids.light);
	if (!mergeNodes(light, dark, palette, ignoreClass)) return undefined;
	const root = svgOf(light);
	if (!root) return undefined;
	root.properties.className = classList(root.properties, ignoreClass).split(' ').filter(Boolean);
	return { svg: root, palette };
}

/** The custom property definitions for a palette: light everywhere, dark on screen in the dark theme. */
export function paletteCss(palette: Palette): string {
	if (palette.size === 0) return '';
	const names = [...palette.keys()].sort();
	const decls = (theme: 'light' | 'dark') => names.map((name) => `${name}:${palette.get(name)![theme]}`).join(';');
	return `:root{${decls('light')}}@media screen{:root[data-theme='dark']{${decls('dark')}}}`;
}

const ID_PLACEHOLDER = '\u0000DGM\u0000';

/**
 * The diagram CSS of the whole site, in one stylesheet that every page shares (written before the pages are built,
 * see integration.ts). Nothing in it names a page's SVG: Mermaid's `#id` selectors become a class named after the
 * stylesheet's content, its `url(#id-…)` references a custom property that each SVG sets to its own element, and a
 * diagram's wide/narrow switch a class named after its width. Identical parts are kept once.
 *
 * Once `seal` is called, the sheet is written: a part first seen after that is kept in `late` (see `takeLate`).
 */
export class DiagramStyles {
	private readonly sheets = new Map<string, string>();
	private readonly palette: Palette = new Map();
	private readonly layouts = new Map<string, string>();
	private sealed = false;
	private late: string[] = [];

	/** Takes the `<style>` out of the SVG (changed in place) and puts the class its shared sheet targets first on it. */
	add(svg: Element, id: string, palette: Palette): Element {
		for (const [name, value] of palette) {
			if (this.palette.has(name)) continue;
			this.palette.set(name, value);
			this.later(() => paletteCss(new Map([[name, value]])));
		}
		const index = svg.children.findIndex((node) => isElement(node, 'style'));
		if (index < 0) return svg;
		const css = toString(svg.children[index]!);
		svg.children.splice(index, 1);
		// `url(#id-gradient)` points into this SVG: the sheet says `var(--dgm-url-gradient)`, the SVG sets it.
		const references = new Set<string>();
		const generic = css
			.replace(new RegExp(`#${escapeRegExp(id)}`, 'g'), ID_PLACEHOLDER)
			.replace(new RegExp(`url\\(${ID_PLACEHOLDER}([\\w-]+)\\)`, 'g'), (_, rest: string) => {
				references.add(rest);
				return `var(--dgm-url${rest})`;
			});
		const scope = `dgm-s-${shortHash(generic, 8)}`;
		const scoped = generic.replace(new RegExp(`${ID_PLACEHOLDER}(?![\\w-])`, 'g'), `.${scope}`);
		if (scoped.includes(ID_PLACEHOLDER))
			throw new Error(`diagram ${id}: its stylesheet names an element of the SVG in a way no shared sheet can`);
		if (!this.sheets.has(scope)) {
			this.sheets.set(scope, scoped);
			this.later(() => scoped);
		}
		const own = [...references].map((rest) => `--dgm-url${rest}:url(#${id}${rest})`);
		if (own.length) {
			const style = typeof svg.properties.style === 'string' ? svg.properties.style.replace(/;?\s*$/, ';') : '';
			svg.properties.style = style + own.join(';');
		}
		// A class attribute the SVG had keeps its place; a new one comes first.
		const className = [scope, ...classesOf(svg)];
		svg.properties =
			'className' in svg.properties ? { ...svg.properties, className } : { className, ...svg.properties };
		return svg;
	}

	/**
	 * The classes of a diagram's wide and narrow layout box: the narrow one shows while the figure is narrower than
	 * `px` CSS px (a container query), the wide one otherwise.
	 */
	layoutClasses(px: number): { wide: string; narrow: string } {
		const [wide, narrow] = [`dgm-w-${px}`, `dgm-n-${px}`];
		if (!this.layouts.has(narrow)) {
			const css = `.${narrow}{display:none}@container (max-width:${px - 0.02}px){.${wide}{display:none}.${narrow}{display:block}}`;
			this.layouts.set(narrow, css);
			this.later(() => css);
		}
		return { wide, narrow };
	}

	/** The stylesheet: the palette, each Mermaid sheet once, the layout switches; sorted, so the same site gives the same bytes. */
	css(): string {
		const sorted = (map: Map<string, string>) => [...map.keys()].sort().map((key) => map.get(key)!);
		return [paletteCss(this.palette), ...sorted(this.sheets), ...sorted(this.layouts)].filter(Boolean).join('\n');
	}

	/** The stylesheet is written: what is added from now on is not in it. */
	seal(): void {
		this.sealed = true;
	}

	/** CSS added since `seal` and since the last call (a diagram the written sheet lacks), emptied. */
	takeLate(): string[] {
		const late = this.late;
		this.late = [];
		return late;
	}

	private later(css: () => string): void {
		if (this.sealed) this.late.push(css());
	}
}
