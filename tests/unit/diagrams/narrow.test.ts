import { describe, expect, it } from 'vitest';
import {
	mergeConfig,
	narrowLayouts,
	phoneLabelPx,
	swapChartDirection,
	swapSubgraphDirections,
	withNarrowLines,
} from '../../../src/diagrams/narrow.ts';
import { pickNarrow } from '../../../src/diagrams/renderer.ts';

describe('narrow layouts', () => {
	const flow =
		'flowchart LR\n  accTitle: T\n  accDescr: D\n  subgraph S\n    direction TB\n    A --> B\n  end\n  %% narrow: A ~~~ B\n';

	it('swap a flowchart between left-to-right and top-down, at the top and in subgraphs separately', () => {
		expect(swapChartDirection(flow)).toMatch(/^flowchart TD\n[\s\S]*direction TB/);
		expect(swapSubgraphDirections(flow)).toMatch(/^flowchart LR\n[\s\S]*direction LR/);
		expect(swapChartDirection('graph TD\n  A --> B')).toBe('graph LR\n  A --> B');
	});

	it("uncomment the author's `%% narrow:` lines only in the narrow layout", () => {
		expect(withNarrowLines(flow)).toContain('\n  A ~~~ B\n');
		expect(withNarrowLines(flow)).not.toContain('narrow:');
	});

	it('offer each distinct alternative once, never the diagram as written', () => {
		const layouts = narrowLayouts(flow).map((l) => l.code);
		expect(layouts).toHaveLength(4);
		expect(new Set(layouts).size).toBe(4);
		expect(layouts).not.toContain(flow);
		// Without `%% narrow:` lines and subgraph directions only the swapped chart is left.
		expect(narrowLayouts('flowchart LR\n  A --> B').map((l) => l.code)).toEqual(['flowchart TD\n  A --> B']);
	});

	it('size xy and quadrant charts for a phone column by config, and leave other types alone', () => {
		expect(
			narrowLayouts('---\nconfig:\n  xyChart:\n    yAxis:\n      showLabel: false\n---\nxychart-beta\n  line [1, 2]')[0]
				?.config,
		).toMatchObject({ xyChart: { width: 358 } });
		expect(narrowLayouts('quadrantChart\n  quadrant-1 A')[0]?.config).toHaveProperty('quadrantChart.chartWidth');
		expect(narrowLayouts('pie\n  "A": 1')).toEqual([]);
	});

	it('merge nested config key by key', () => {
		expect(mergeConfig({ a: 1, xyChart: { width: 700, b: 2 } }, { xyChart: { width: 358 } })).toEqual({
			a: 1,
			xyChart: { width: 358, b: 2 },
		});
	});
});

describe('pickNarrow', () => {
	// Natural width 700 with 16 px labels: 11 px at 481 px, so 8.2 px in a 358 px phone column.
	const layout = (width: number, font: number, height: number) => ({
		light: { width, minWidth: Math.ceil((width * 11) / font), height },
	});
	const main = layout(700, 16, 100).light;

	it('takes the layout whose labels are largest on a phone, the least tall of equals, and none that reads no better', () => {
		const column = layout(300, 16, 900); // 16 px on a phone
		const shorter = layout(340, 16, 600); // 16 px too, less tall
		const squeezed = layout(500, 16, 200); // 11.5 px
		expect(pickNarrow(main, [column, squeezed, shorter])).toBe(shorter);
		expect(pickNarrow(main, [squeezed])).toBe(squeezed);
		expect(pickNarrow(main, [layout(700, 16, 50), layout(900, 16, 10)])).toBeUndefined();
	});

	it('measures a layout by its smallest label as shown in the column (never enlarged)', () => {
		expect(phoneLabelPx(layout(200, 16, 1).light)).toBeCloseTo(16, 0);
		expect(phoneLabelPx(layout(716, 16, 1).light)).toBeCloseTo(8, 0);
	});
});
