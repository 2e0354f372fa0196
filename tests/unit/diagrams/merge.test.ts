import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import {
	colorVar,
	DiagramStyles,
	mergeCss,
	mergeThemeSvgs,
	paletteCss,
	parseSvg,
	renameInTree,
	svgOf,
	type Palette,
} from '../../../src/diagrams/merge.ts';
import { classesOf, select } from '../../../src/shared/hast.ts';

const isThemeClass = (name: string) => name.startsWith('diagram__svg--') || name.endsWith(':sl-hidden');

const LIGHT =
	'<svg id="d-l" class="diagram__svg diagram__svg--light dark:sl-hidden" style="max-width: 10px;"><style>#d-l .node rect{fill:#cfd4fc;stroke:#3d50f5;}#d-l .x{fill:url(#d-l-gradient)}</style>' +
	'<linearGradient id="d-l-gradient"><stop stop-color="#3d50f5"></stop></linearGradient><rect fill="#ffffff" width="4"></rect></svg>';
const DARK =
	'<svg id="d-d" class="diagram__svg diagram__svg--dark light:sl-hidden" style="max-width: 10px;"><style>#d-d .node rect{fill:#17264f;stroke:#b2c7ff;}#d-d .x{fill:url(#d-d-gradient)}</style>' +
	'<linearGradient id="d-d-gradient"><stop stop-color="#b2c7ff"></stop></linearGradient><rect fill="#000000" width="4"></rect></svg>';

describe('mergeCss', () => {
	it('turns colours that differ into custom properties and keeps the rest', () => {
		const palette: Palette = new Map();
		const css = mergeCss('a{fill:#fff;stroke:#333;opacity:.5}', 'a{fill:#000;stroke:#333;opacity:.5}', palette);
		const name = colorVar('#fff', '#000');
		expect(css).toBe(`a{fill:var(${name});stroke:#333;opacity:.5}`);
		expect(palette.get(name)).toEqual({ light: '#fff', dark: '#000' });
	});

	it('refuses stylesheets that differ in more than colours', () => {
		expect(mergeCss('a{fill:#fff;width:1px}', 'a{fill:#000;width:2px}', new Map())).toBeUndefined();
	});

	it('handles rgba() colours', () => {
		const palette: Palette = new Map();
		expect(mergeCss('a{color:rgba(255, 255, 255, 0.5)}', 'a{color:rgba(0, 0, 0, 0.5)}', palette)).toMatch(
			/^a\{color:var\(--dgm-[0-9a-f]{6}\)\}$/,
		);
	});
});

const svgTree = (html: string) => parseSvg(html);
const attr = (el: Element | undefined, name: string) => el?.properties[name];

describe('mergeThemeSvgs', () => {
	it('keeps one SVG: light colours by default, dark ones as custom properties, no per-theme classes', () => {
		const merged = mergeThemeSvgs(svgTree(LIGHT), svgTree(DARK), { light: 'd-l', dark: 'd-d' }, isThemeClass);
		expect(merged).toBeDefined();
		const { svg, palette } = merged!;
		expect(JSON.stringify(svg)).not.toContain('d-d');
		expect(svg.tagName).toBe('svg');
		expect(attr(svg, 'id')).toBe('d-l');
		expect(classesOf(svg)).toEqual(['diagram__svg']);
		expect(attr(svg, 'style')).toBe('max-width: 10px;');
		// Presentation attributes cannot hold var(): the colour moves into the style attribute.
		const stop = select('stop', svg);
		expect(attr(stop, 'stopColor')).toBeUndefined();
		expect(attr(stop, 'style')).toBe(`stop-color:var(${colorVar('#3d50f5', '#b2c7ff')})`);
		const rect = select('rect', svg);
		expect(attr(rect, 'fill')).toBeUndefined();
		expect(attr(rect, 'width')).toBe('4');
		expect(attr(rect, 'style')).toBe(`fill:var(${colorVar('#ffffff', '#000000')})`);
		expect(toString(select('style', svg)!)).toContain(`fill:var(${colorVar('#cfd4fc', '#17264f')})`);
		// The stop and the stroke share one light/dark pair, so one property.
		expect(palette.size).toBe(3);
		const css = paletteCss(palette);
		expect(css).toContain(`:root{`);
		expect(css).toContain(`${colorVar('#ffffff', '#000000')}:#ffffff`);
		expect(css).toMatch(
			new RegExp(`@media screen\\{:root\\[data-theme='dark'\\]\\{[^}]*${colorVar('#ffffff', '#000000')}:#000000`),
		);
	});

	it('gives up when the variants differ in layout, so the caller keeps both', () => {
		const moved = DARK.replace('width="4"', 'width="5"');
		expect(mergeThemeSvgs(svgTree(LIGHT), svgTree(moved), { light: 'd-l', dark: 'd-d' }, isThemeClass)).toBeUndefined();
		const extra = DARK.replace('</svg>', '<circle></circle></svg>');
		expect(mergeThemeSvgs(svgTree(LIGHT), svgTree(extra), { light: 'd-l', dark: 'd-d' }, isThemeClass)).toBeUndefined();
	});
});

describe('renameInTree', () => {
	it('renames an id in attributes, class lists and stylesheets, as a search and replace would', () => {
		const tree = svgTree('<svg id="a" class="x a-w"><style>#a .n{fill:url(#a-g)}</style><use href="#a-g"></use></svg>');
		renameInTree(tree, 'a', 'a-2');
		const svg = svgOf(tree)!;
		expect(attr(svg, 'id')).toBe('a-2');
		expect(classesOf(svg)).toEqual(['x', 'a-2-w']);
		expect(toString(select('style', svg)!)).toBe('#a-2 .n{fill:url(#a-2-g)}');
		expect(attr(select('use', svg), 'href')).toBe('#a-2-g');
	});
});

describe('DiagramStyles', () => {
	const svg = (html: string) => svgOf(svgTree(html))!;

	it('keeps a stylesheet shared by several diagrams once, scoped by class, naming no SVG by id', () => {
		const styles = new DiagramStyles();
		const first = styles.add(
			svg('<svg id="a" class="diagram__svg"><style>#a .n{fill:red}#a .g{fill:url(#a-gradient)}</style><g></g></svg>'),
			'a',
			new Map(),
		);
		const second = styles.add(
			svg('<svg id="b" class="diagram__svg"><style>#b .n{fill:red}#b .g{fill:url(#b-gradient)}</style><g></g></svg>'),
			'b',
			new Map(),
		);
		expect(select('style', first)).toBeUndefined();
		expect(select('style', second)).toBeUndefined();
		const [scope, ...rest] = classesOf(first);
		expect(scope).toMatch(/^dgm-s-[0-9a-f]{8}$/);
		expect(rest).toEqual(['diagram__svg']);
		expect(classesOf(second)[0]).toBe(scope);
		// The rest of the SVG stays as it was.
		expect(attr(first, 'id')).toBe('a');
		expect(first.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['g']);
		// Selectors by class; each SVG points the sheet's url(#…) reference at its own element.
		expect(styles.css()).toBe(`.${scope} .n{fill:red}.${scope} .g{fill:var(--dgm-url-gradient)}`);
		expect(attr(first, 'style')).toBe('--dgm-url-gradient:url(#a-gradient)');
		expect(attr(second, 'style')).toBe('--dgm-url-gradient:url(#b-gradient)');
	});

	it('keeps stylesheets that differ apart, adds the palette and each layout switch once', () => {
		const styles = new DiagramStyles();
		const palette: Palette = new Map([['--dgm-abcdef', { light: '#fff', dark: '#000' }]]);
		const a = styles.add(svg('<svg id="a"><style>#a{fill:var(--dgm-abcdef)}</style></svg>'), 'a', palette);
		const b = styles.add(svg('<svg id="b"><style>#b{stroke:blue}</style></svg>'), 'b', palette);
		expect(classesOf(a)).toHaveLength(1);
		expect(classesOf(a)[0]).toMatch(/^dgm-s-[0-9a-f]{8}$/);
		expect(classesOf(a)[0]).not.toBe(classesOf(b)[0]);
		expect(styles.layoutClasses(556)).toEqual({ wide: 'dgm-w-556', narrow: 'dgm-n-556' });
		styles.layoutClasses(556);
		const [palette_, ...rest] = styles.css().split('\n');
		expect(palette_).toBe(":root{--dgm-abcdef:#fff}@media screen{:root[data-theme='dark']{--dgm-abcdef:#000}}");
		expect(rest).toHaveLength(3);
		expect(rest).toContainEqual(`.${classesOf(a)[0]}{fill:var(--dgm-abcdef)}`);
		expect(rest).toContainEqual(`.${classesOf(b)[0]}{stroke:blue}`);
		expect(rest[2]).toBe(
			'.dgm-n-556{display:none}@container (max-width:555.98px){.dgm-w-556{display:none}.dgm-n-556{display:block}}',
		);
	});

	it('hands out, once sealed, only what the written sheet lacks', () => {
		const styles = new DiagramStyles();
		styles.add(svg('<svg id="a"><style>#a{stroke:blue}</style></svg>'), 'a', new Map());
		styles.seal();
		styles.add(svg('<svg id="b"><style>#b{stroke:blue}</style></svg>'), 'b', new Map());
		expect(styles.takeLate()).toEqual([]);
		styles.add(svg('<svg id="c"><style>#c{stroke:red}</style></svg>'), 'c', new Map());
		styles.layoutClasses(600);
		const late = styles.takeLate();
		expect(late).toHaveLength(2);
		expect(late[0]).toMatch(/^\.dgm-s-[0-9a-f]{8}\{stroke:red\}$/);
		expect(styles.takeLate()).toEqual([]);
	});
});
