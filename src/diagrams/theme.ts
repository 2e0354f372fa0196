/**
 * Mermaid colours for the two site themes, taken from Starlight's default palette (`props.css`), so diagrams look
 * like the rest of the page. Text/fill pairs keep WCAG AA contrast (checked in tests/unit/diagram-theme.test.ts).
 * Changing anything here changes the cache key, so every diagram is rendered again.
 */

export type DiagramTheme = 'light' | 'dark';
export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/** Self-hosted font (@fontsource/inter) used when measuring labels at build time and when showing them on the site. */
export const DIAGRAM_FONT_FAMILY = 'Inter, ui-sans-serif, system-ui, sans-serif';
/** Weights Mermaid uses (normal labels, bold titles); each is loaded at render time and on the site. */
export const DIAGRAM_FONT_WEIGHTS: readonly number[] = [400, 700];

/** A diagram is never shown smaller than this fraction of its natural size (16px labels stay >= ~10px). */
export const MIN_LABEL_SCALE = 0.65;

/**
 * Classes on each variant's <svg>: Starlight's utilities hide the variant that does not match `data-theme` on <html>
 * (which is `dark` before Starlight's script runs, so without JavaScript the dark variant shows).
 */
export function themeClasses(theme: DiagramTheme): string[] {
	return ['diagram__svg', `diagram__svg--${theme}`, theme === 'light' ? 'dark:sl-hidden' : 'light:sl-hidden'];
}

interface Palette {
	/** Page background behind the diagram. */
	bg: string;
	/** Body text. */
	text: string;
	/** Node fill and its border. */
	node: string;
	nodeBorder: string;
	/** Second and third node fills (alternating groups, quadrants). */
	node2: string;
	node3: string;
	/** Connectors and axes. */
	line: string;
	/** Accent used for chart lines and points. */
	accent: string;
	/** Subtle fill for groups/clusters. */
	subtle: string;
}

/** Starlight light theme: white page, dark grey text, pale accent boxes. */
const LIGHT: Palette = {
	bg: '#ffffff',
	text: '#23262f', // gray-1 (light)
	node: '#cfd4fc', // accent-low (light)
	nodeBorder: '#3d50f5', // accent (light)
	node2: '#fceac5', // orange-low (light)
	node3: '#d0fbde', // green-low (light)
	line: '#555962', // gray-3 (light)
	accent: '#3d50f5',
	subtle: '#f6f7f9', // gray-7 (light)
};

/** Starlight dark theme: near-black page, light grey text, deep accent boxes. */
const DARK: Palette = {
	bg: '#17181c', // black (dark)
	text: '#edeef3', // gray-1 (dark)
	node: '#17264f', // accent-low (dark)
	nodeBorder: '#b2c7ff', // accent-high (dark)
	node2: '#4e4022', // orange-low (dark)
	node3: '#224e30', // green-low (dark)
	line: '#c1c3c8', // gray-2 (dark)
	accent: '#b2c7ff',
	subtle: '#23262f', // gray-6 (dark)
};

export const PALETTES: Readonly<Record<DiagramTheme, Palette>> = { light: LIGHT, dark: DARK };

/** The Mermaid configuration (`mermaid.initialize`) for one site theme. */
export function mermaidConfig(theme: DiagramTheme): Record<string, unknown> {
	const p = PALETTES[theme];
	return {
		startOnLoad: false,
		// Diagrams come from our own MDX, but nothing they contain needs to run.
		securityLevel: 'strict',
		theme: 'base',
		darkMode: theme === 'dark',
		fontFamily: DIAGRAM_FONT_FAMILY,
		themeVariables: {
			darkMode: theme === 'dark',
			fontFamily: DIAGRAM_FONT_FAMILY,
			fontSize: '16px',
			background: p.bg,
			primaryColor: p.node,
			primaryTextColor: p.text,
			primaryBorderColor: p.nodeBorder,
			secondaryColor: p.node2,
			secondaryTextColor: p.text,
			secondaryBorderColor: p.line,
			tertiaryColor: p.node3,
			tertiaryTextColor: p.text,
			tertiaryBorderColor: p.line,
			lineColor: p.line,
			textColor: p.text,
			titleColor: p.text,
			nodeTextColor: p.text,
			edgeLabelBackground: p.bg,
			clusterBkg: p.subtle,
			clusterBorder: p.line,
			noteBkgColor: p.node2,
			noteTextColor: p.text,
			noteBorderColor: p.line,
			quadrant1Fill: p.node,
			quadrant2Fill: p.node2,
			quadrant3Fill: p.subtle,
			quadrant4Fill: p.node3,
			quadrant1TextFill: p.text,
			quadrant2TextFill: p.text,
			quadrant3TextFill: p.text,
			quadrant4TextFill: p.text,
			quadrantPointFill: p.accent,
			quadrantPointTextFill: p.text,
			quadrantXAxisTextFill: p.text,
			quadrantYAxisTextFill: p.text,
			quadrantTitleFill: p.text,
			quadrantInternalBorderStrokeFill: p.line,
			quadrantExternalBorderStrokeFill: p.line,
			xyChart: {
				// Transparent, so the chart sits on the page like the other diagram types.
				backgroundColor: 'transparent',
				titleColor: p.text,
				xAxisLabelColor: p.text,
				xAxisTitleColor: p.text,
				xAxisTickColor: p.line,
				xAxisLineColor: p.line,
				yAxisLabelColor: p.text,
				yAxisTitleColor: p.text,
				yAxisTickColor: p.line,
				yAxisLineColor: p.line,
				// Sales and profit lines: accent and orange/green, distinguishable in both themes.
				plotColorPalette: theme === 'dark' ? '#b2c7ff,#f5b342,#6fdc8c' : '#3d50f5,#b06b00,#1a7f3c',
			},
		},
	};
}
