import { describe, expect, it } from 'vitest';
import {
	DIAGRAM_THEMES,
	HOUSE_CLASSES,
	PALETTES,
	isFlowchart,
	mermaidConfig,
	withHouseClasses,
} from '../../../src/diagrams/theme.ts';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};

describe.each(DIAGRAM_THEMES)('%s diagram colours', (theme) => {
	const p = PALETTES[theme];

	it.each(['bg', 'node', 'node2', 'node3', 'subtle'] as const)('text on %s meets WCAG AA (4.5:1)', (fill) => {
		expect(contrast(p.text, p[fill])).toBeGreaterThanOrEqual(4.5);
	});

	it('connectors, borders and chart lines stand out from the page (3:1 for graphics)', () => {
		const chart = String(
			(mermaidConfig(theme).themeVariables as { xyChart: { plotColorPalette: string } }).xyChart.plotColorPalette,
		).split(',');
		for (const colour of [p.line, p.nodeBorder, p.accent, ...chart])
			expect(contrast(colour, p.bg), colour).toBeGreaterThanOrEqual(3);
	});
});

describe('house classes', () => {
	it('are added to flowcharts in the colours of each theme, and nothing else is touched', () => {
		const chart = 'flowchart TD\n  accTitle: T\n  accDescr: D\n  A[Directeur]:::manager --> B[Werknemers]:::person\n';
		for (const theme of DIAGRAM_THEMES) {
			const out = withHouseClasses(chart, theme);
			expect(out.startsWith(chart.trimEnd())).toBe(true);
			for (const name of Object.keys(HOUSE_CLASSES)) expect(out).toMatch(new RegExp(`^  classDef ${name} fill:`, 'm'));
			expect(out).toContain(`fill:${PALETTES[theme].node},stroke:${PALETTES[theme].nodeBorder}`);
		}
		const quadrant = 'quadrantChart\n  accTitle: T\n  accDescr: D\n';
		expect(withHouseClasses(quadrant, 'light')).toBe(quadrant);
	});

	it('recognise a flowchart behind frontmatter and comments, and the old `graph` keyword', () => {
		expect(isFlowchart('---\nconfig:\n  theme: base\n---\n%% note\ngraph LR\n  A --> B')).toBe(true);
		expect(isFlowchart('xychart-beta\n  line [1, 2]')).toBe(false);
	});

	it('give each text fill enough contrast (WCAG AA) in both themes', () => {
		for (const theme of DIAGRAM_THEMES) {
			for (const [name, style] of Object.entries(HOUSE_CLASSES)) {
				const fill = style(PALETTES[theme]).match(/fill:(#[0-9a-f]{6})/)![1]!;
				expect(contrast(PALETTES[theme].text, fill), `${theme} ${name}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});
});
