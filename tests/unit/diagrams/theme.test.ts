import { describe, expect, it } from 'vitest';
import { DIAGRAM_THEMES, PALETTES, mermaidConfig } from '../../../src/diagrams/theme.ts';

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
