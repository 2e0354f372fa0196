/**
 * Diagrams that reflow instead of overflowing. A diagram too wide to show its labels at MIN_LABEL_PX in a phone's
 * content column gets a second rendering laid out for narrow columns; CSS (a container query on the figure, no
 * JavaScript) shows whichever fits. Which layouts to try depends on the diagram type; the renderer keeps the narrowest.
 */
import { isFlowchart } from './theme.ts';

/** No label is shown smaller than this many CSS px (font size × the SVG's scale). */
export const MIN_LABEL_PX = 11;

/** The content column of a 390 px phone (Starlight pads it 16 px each side). */
export const PHONE_COLUMN_PX = 358;

/** A diagram whose smallest label would be smaller than this in a phone's column gets a layout for phones, if one reads better. */
export const PHONE_LABEL_PX = 14;

/** Below this column width (a phone, also turned sideways) a diagram's phone layout shows, if it has one. */
export const PHONE_LAYOUT_MAX_PX = 480;

/** The size of the smallest label when a layout is shown in a phone's column (never enlarged past its natural size). */
export const phoneLabelPx = ({ width, minWidth }: { width: number; minWidth: number }): number =>
	(MIN_LABEL_PX * Math.min(width, PHONE_COLUMN_PX)) / minWidth;

/** Another way to draw the same diagram: other source (flowchart directions) and/or Mermaid config to merge in. */
export interface Layout {
	code: string;
	config?: Record<string, unknown>;
}

const SWAP: Record<string, string> = { LR: 'TD', TD: 'LR', TB: 'LR', RL: 'BT', BT: 'RL' };
const HEADER = /^(\s*(?:flowchart|graph)\s+)(LR|RL|TD|TB|BT)\b/m;
const DIRECTION = /^(\s*direction\s+)(LR|RL|TD|TB|BT)\b/gm;

/** The flowchart with its top-level direction swapped (a left-to-right flow becomes top-down, and back). */
export const swapChartDirection = (code: string): string =>
	code.replace(HEADER, (_, head: string, dir: string) => head + SWAP[dir]);

/** The flowchart with every subgraph's `direction` swapped (rows of an org chart become a column). */
export const swapSubgraphDirections = (code: string): string =>
	code.replace(DIRECTION, (_, head: string, dir: string) => head + SWAP[dir]);

/** Narrow chart sizes for the types Mermaid sizes by config. */
const NARROW_CONFIG: Array<[RegExp, Record<string, unknown>]> = [
	[
		/^\s*xychart(-beta)?\b/m,
		// Upright labels: at -45° the phase names run into each other and drift from their points.
		{ xyChart: { width: PHONE_COLUMN_PX, height: 460, titleFontSize: 16, xAxis: { labelRotation: -90 } } },
	],
	// Quadrant labels are sized by config, not by the box they sit in: 13 px keeps "Productontwikkeling" inside its half.
	[
		/^\s*quadrantChart\b/m,
		{
			quadrantChart: {
				chartWidth: PHONE_COLUMN_PX - 20,
				chartHeight: PHONE_COLUMN_PX - 20,
				quadrantLabelFontSize: 13,
				xAxisLabelFontSize: 13,
				yAxisLabelFontSize: 13,
			},
		},
	],
];

/** Lines written `%% narrow: …` are Mermaid comments, so only the narrow layout, which uncomments them, has them. */
const NARROW_LINE = /^(\s*)%%\s*narrow:\s?/gm;
export const withNarrowLines = (code: string): string => code.replace(NARROW_LINE, '$1');

/**
 * The layouts worth trying for a narrow column, none equal to the diagram as written: for a flowchart its top-level
 * and subgraph directions swapped, and the author's `%% narrow:` lines (e.g. an invisible `A ~~~ B` that stacks two
 * groups); for a chart Mermaid sizes by config, a chart as wide as a phone's column.
 */
export function narrowLayouts(code: string): Layout[] {
	if (isFlowchart(code)) {
		const own = withNarrowLines(code);
		const codes = [
			own,
			swapChartDirection(code),
			swapSubgraphDirections(code),
			swapSubgraphDirections(swapChartDirection(code)),
		];
		return [...new Set(codes)].filter((c) => c !== code).map((c) => ({ code: c }));
	}
	const config = NARROW_CONFIG.find(([type]) => type.test(code.replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '')))?.[1];
	return config ? [{ code, config }] : [];
}

/** `base` with `extra` merged in, objects key by key (Mermaid's config is nested). */
export function mergeConfig(
	base: Record<string, unknown>,
	extra: Record<string, unknown> = {},
): Record<string, unknown> {
	const out: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(extra)) {
		const prior = out[key];
		out[key] =
			value &&
			typeof value === 'object' &&
			!Array.isArray(value) &&
			prior &&
			typeof prior === 'object' &&
			!Array.isArray(prior)
				? mergeConfig(prior as Record<string, unknown>, value as Record<string, unknown>)
				: value;
	}
	return out;
}
