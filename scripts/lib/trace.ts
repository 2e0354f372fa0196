/**
 * Where a page's main-thread time goes: one cold load in real Chromium under the mobile profile (real-browser.ts)
 * with a performance trace, and its long tasks (> 50 ms) broken down by what ran inside them (parsing HTML, style,
 * layout, paint, script, fonts). `npm run bench -- --trace` prints this for every chapter of both sites.
 */
import type { Browser } from 'playwright-core';
import { loadUntilQuiet, MOBILE, mobilePage } from './real-browser.ts';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: Record<string, unknown>; beginData?: { url?: string } };
}

/** One long task: when it started (ms after navigation), how long it took, and its time by kind of work. */
export interface LongTask {
	startMs: number;
	durationMs: number;
	work: Record<string, number>;
}

/** Trace event names grouped as the DevTools performance panel does. */
const KINDS: Record<string, string> = {
	ParseHTML: 'parse HTML',
	ParseAuthorStyleSheet: 'parse CSS',
	UpdateLayoutTree: 'style',
	'Document::updateStyle': 'style',
	Layout: 'layout',
	'LocalFrameView::layout': 'layout',
	PrePaint: 'paint',
	Paint: 'paint',
	Layerize: 'paint',
	UpdateLayer: 'paint',
	'LocalFrameView::RunPrePaintLifecyclePhase': 'paint',
	EvaluateScript: 'script',
	'v8.compile': 'script',
	'v8.compileModule': 'script',
	'v8.evaluateModule': 'script',
	FunctionCall: 'script',
	TimerFire: 'script',
	FireAnimationFrame: 'script',
	EventDispatch: 'script',
	'v8.run': 'script',
	FontLoad: 'fonts',
	'FontFace::load': 'fonts',
	'FontCache::GetFontPlatformData': 'fonts',
	DecodeImage: 'images',
	ImageDecodeTask: 'images',
};

/**
 * The long tasks of the main thread that parsed `url`'s HTML (a trace holds every renderer, e.g. the blank page's
 * before it), with the self time of each kind of work inside them.
 */
export function longTasks(events: readonly TraceEvent[], url: string): LongTask[] {
	const main = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
	if (!main) throw new Error(`trace: no thread parsed ${url}`);
	const onMain = events
		.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const start =
		events.find((event) => event.name === 'navigationStart' && event.pid === main.pid)?.ts ?? onMain[0]?.ts ?? 0;
	const tasks: LongTask[] = [];
	for (const task of onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000)) {
		const end = task.ts + task.dur!;
		const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur! <= end);
		const work: Record<string, number> = {};
		// Self time: an event's time minus that of the classified events directly inside it, so nesting counts once.
		const classified = inside.filter((event) => KINDS[event.name]);
		for (const event of classified) {
			const eventEnd = event.ts + event.dur!;
			const children = classified.filter(
				(child) => child !== event && child.ts >= event.ts && child.ts + child.dur! <= eventEnd,
			);
			const direct = children.filter(
				(child) =>
					!children.some(
						(other) =>
							other !== child &&
							other.ts <= child.ts &&
							other.ts + other.dur! >= child.ts + child.dur! &&
							other.dur! > child.dur!,
					),
			);
			const self = event.dur! - direct.reduce((sum, child) => sum + child.dur!, 0);
			const kind = KINDS[event.name]!;
			work[kind] = (work[kind] ?? 0) + self / 1000;
		}
		const known = Object.values(work).reduce((sum, ms) => sum + ms, 0);
		work.other = task.dur! / 1000 - known;
		tasks.push({
			startMs: Math.round((task.ts - start) / 1000),
			durationMs: Math.round(task.dur! / 1000),
			work: Object.fromEntries(
				Object.entries(work)
					.map(([kind, ms]) => [kind, Math.round(ms)] as const)
					.filter(([, ms]) => ms > 0)
					.sort((a, b) => b[1] - a[1]),
			),
		});
	}
	return tasks;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8'];

/** A cold load of `url` under the mobile profile, traced; its long tasks. */
export async function traceLongTasks(browser: Browser, url: string): Promise<LongTask[]> {
	const { context, page } = await mobilePage(browser);
	try {
		await browser.startTracing(page, { categories: CATEGORIES });
		await loadUntilQuiet(page, url);
		const buffer = await browser.stopTracing();
		const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
		return longTasks(traceEvents, url);
	} finally {
		await context.close();
	}
}

export const describeTasks = (tasks: readonly LongTask[]): string =>
	tasks.length
		? tasks
				.map(
					(task) =>
						`  at ${task.startMs} ms, ${task.durationMs} ms: ${Object.entries(task.work)
							.map(([kind, ms]) => `${kind} ${ms}`)
							.join(', ')}`,
				)
				.join('\n')
		: `  no task over 50 ms (${MOBILE.cpuSlowdownMultiplier}× CPU)`;
