import { describe, expect, it } from 'vitest';
import { mergeConfig, narrowLayouts, swapChartDirection, swapSubgraphDirections, withNarrowLines } from '../../../src/diagrams/narrow.ts';
import { pickNarrow } from '../../../src/diagrams/renderer.ts';

describe('narrow layouts', () => {
	const flow = 'flowchart LR\n  accTitle: T\n  accDescr: D\n  subgraph S\n    direction TB\n    A --> B\n  end\n  %% narrow: A ~~~ B\n';

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
		expect(narrowLayouts('---\nconfig:\n  xyChart:\n    yAxis:\n      showLabel: false\n---\nxychart-beta\n  line [1, 2]')[0]?.config).toMatchObject({ xyChart: { width: 358 } });
		expect(narrowLayouts('quadrantChart\n  quadrant-1 A')[0]?.config).toHaveProperty('quadrantChart.chartWidth');
		expect(narrowLayouts('pie\n  "A": 1')).toEqual([]);
	});

	it('merge nested config key by key', () => {
		expect(mergeConfig({ a: 1, xyChart: { width: 700, b: 2 } }, { xyChart: { width: 358 } })).toEqual({ a: 1, xyChart: { width: 358, b: 2 } });
	});
});

describe('pickNarrow', () => {
	const svg = (minWidth: number, height: number) => ({ light: { minWidth, height } });

	it('takes the least tall layout that fits a phone column, else the narrowest, and nothing no narrower than the original', () => {
		const [tall, short, wide] = [svg(300, 900), svg(350, 500), svg(500, 200)];
		expect(pickNarrow({ minWidth: 800 }, [tall, short, wide])).toBe(short);
		const [a, b] = [svg(600, 100), svg(450, 300)];
		expect(pickNarrow({ minWidth: 800 }, [a, b])).toBe(b);
		expect(pickNarrow({ minWidth: 400 }, [svg(400, 10), svg(700, 10)])).toBeUndefined();
	});
});
