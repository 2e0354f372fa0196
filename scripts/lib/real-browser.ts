/**
 * A page load as a reader on a mid-range phone feels it, measured in real Chromium rather than simulated:
 * Lighthouse's mobile profile applied with the DevTools protocol (its slow-4G round trip and bandwidth, 4× CPU
 * slowdown, its screen), an empty cache every time, and the browser's own paint timings (PerformanceObserver).
 */
import { screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median, type RealBrowserResult } from './budget.ts';

/** Lighthouse's default (mobile) throttling: 150 ms RTT, 1.6 Mbps down, 750 Kbps up (× its 0.9), 4× CPU. */
export const MOBILE = throttling.mobileSlow4G;
const SCREEN = screenEmulationMetrics.mobile ?? { width: 412, height: 823, deviceScaleFactor: 1.75 };

/** One load's timings, ms from navigation start; blocking time counted until the page is quiet. */
export type RealTimings = Omit<RealBrowserResult, 'path' | 'runs'>;

/** Runs in the page before any of its own scripts: records LCP candidates and long tasks as they happen. */
function observe(): void {
	const seen = { lcp: 0, tasks: [] as { start: number; duration: number }[] };
	(window as unknown as { __bench: typeof seen }).__bench = seen;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) seen.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) seen.tasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/**
 * A new page in a new context (empty cache) under the mobile profile: its screen, network and CPU, and the
 * observers of `observe()` installed before the page's own scripts.
 */
export async function mobilePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		viewport: { width: SCREEN.width, height: SCREEN.height },
		deviceScaleFactor: SCREEN.deviceScaleFactor,
		isMobile: true,
		hasTouch: true,
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: MOBILE.rttMs,
		downloadThroughput: (MOBILE.throughputKbps * 1024) / 8,
		uploadThroughput: (MOBILE.uploadThroughputKbps * 1024) / 8,
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdownMultiplier });
	await page.addInitScript(observe);
	return { context, page };
}

/**
 * Loads `url` and waits until nothing has loaded for 500 ms (networkidle, so a late LCP candidate such as a web font
 * swapping in is seen) and no long task has run for a second, as Lighthouse waits for a quiet CPU, so late blocking
 * work is counted too.
 */
export async function loadUntilQuiet(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
	await page.waitForFunction(
		() => {
			const { tasks } = (window as unknown as { __bench: { tasks: { start: number; duration: number }[] } }).__bench;
			const lastEnd = Math.max(0, ...tasks.map((task) => task.start + task.duration));
			return performance.now() - lastEnd > 1000;
		},
		undefined,
		{ polling: 250, timeout: 30_000 },
	);
}

/** One cold load of `url` under the mobile profile. */
export async function realLoad(browser: Browser, url: string): Promise<RealTimings> {
	const { context, page } = await mobilePage(browser);
	try {
		await loadUntilQuiet(page, url);
		return await page.evaluate(() => {
			const seen = (window as unknown as { __bench: { lcp: number; tasks: { start: number; duration: number }[] } })
				.__bench;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
			const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			const blocking = seen.tasks
				.filter((task) => task.start + task.duration > fcp)
				.reduce((sum, task) => sum + Math.max(0, task.start + task.duration - Math.max(task.start, fcp) - 50), 0);
			return {
				fcpMs: Math.round(fcp),
				lcpMs: Math.round(seen.lcp),
				loadMs: Math.round(navigation?.loadEventEnd ?? Number.NaN),
				blockingMs: Math.round(blocking),
			};
		});
	} finally {
		await context.close();
	}
}

/**
 * `rounds` cold loads of every target, round by round and the targets in turn (the caller puts ours and the floor's
 * same page next to each other), each round in the opposite order to the one before, so neither site is always
 * first after a pause. Medians per target.
 */
export async function realBrowserRuns<T extends { url: string; path: string }>(
	browser: Browser,
	targets: readonly T[],
	rounds: number,
	log: (message: string) => void = () => undefined,
): Promise<Map<T, RealBrowserResult>> {
	const runs = new Map<T, RealTimings[]>(targets.map((target) => [target, []]));
	for (let round = 0; round < rounds; round++) {
		const order = round % 2 ? [...targets].reverse() : targets;
		for (const target of order) runs.get(target)!.push(await realLoad(browser, target.url));
		log(`real browser round ${round + 1} of ${rounds}: done`);
	}
	return new Map(
		targets.map((target) => {
			const list = runs.get(target)!;
			const pick = (key: keyof RealTimings): number => Math.round(median(list.map((timings) => timings[key])));
			return [
				target,
				{
					path: target.path,
					runs: list.length,
					fcpMs: pick('fcpMs'),
					lcpMs: pick('lcpMs'),
					loadMs: pick('loadMs'),
					blockingMs: pick('blockingMs'),
				},
			];
		}),
	);
}
