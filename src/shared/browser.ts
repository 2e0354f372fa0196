/**
 * The one place that finds and launches Chromium. Diagrams, PDFs, tests, the benchmark and the `./npmw`
 * wrapper all use it, so a machine needs one browser and one way to point at it (`CHROMIUM_PATH`).
 *
 * Written as erasable TypeScript so plain `node src/shared/browser.ts` runs it (Node >= 22.12 strips types).
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Flags that let Chromium run headless as root on a machine without a network beyond localhost. */
export const CHROMIUM_ARGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Where distributions put Chromium or Chrome, in order of preference. */
export const SYSTEM_PATHS: Readonly<Record<string, readonly string[]>> = {
	linux: [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/snap/bin/chromium',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
	],
	darwin: [
		'/Applications/Chromium.app/Contents/MacOS/Chromium',
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	],
};

/** What the lookup reads from the machine; tests pass fakes. */
export interface BrowserLookupEnv {
	env: Record<string, string | undefined>;
	platform: string;
	home: string;
	exists: (path: string) => boolean;
	list: (dir: string) => string[];
}

const realLookupEnv = (): BrowserLookupEnv => ({
	env: process.env,
	platform: process.platform,
	home: homedir(),
	exists: existsSync,
	list: (dir) => (existsSync(dir) ? readdirSync(dir) : []),
});

/** Executables inside a Playwright browser folder such as `chromium-1187`, newest first. */
function playwrightCandidates(lookup: BrowserLookupEnv): string[] {
	const root =
		lookup.env.PLAYWRIGHT_BROWSERS_PATH ||
		(lookup.platform === 'darwin'
			? join(lookup.home, 'Library', 'Caches', 'ms-playwright')
			: join(lookup.home, '.cache', 'ms-playwright'));
	const builds = lookup
		.list(root)
		.filter((name) => /^chromium-\d+$/.test(name))
		.sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
	const inside =
		lookup.platform === 'darwin'
			? ['chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium']
			: ['chrome-linux64/chrome', 'chrome-linux/chrome'];
	return builds.flatMap((build) => inside.map((rel) => join(root, build, rel)));
}

/**
 * Finds a Chromium: `CHROMIUM_PATH` first (an error when it names no file, so a typo is not silently ignored),
 * then a Playwright-managed browser, then the usual system paths. Returns undefined when there is none.
 */
export function findChromium(lookup: BrowserLookupEnv = realLookupEnv()): string | undefined {
	const fromEnv = lookup.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!lookup.exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
		return fromEnv;
	}
	const candidates = [...playwrightCandidates(lookup), ...(SYSTEM_PATHS[lookup.platform] ?? [])];
	return candidates.find((path) => lookup.exists(path));
}

/** Like findChromium, but says how to get one when there is none. */
export function requireChromium(lookup?: BrowserLookupEnv): string {
	const path = findChromium(lookup);
	if (!path) {
		throw new Error(
			'No Chromium found. Run ./npmw (it installs one), or `apt-get install -y chromium` on Debian/Ubuntu, ' +
				'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
		);
	}
	return path;
}

/** Launch options for Playwright's `chromium.launch()` (and anything that passes them through). */
export function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: true } {
	return { executablePath: requireChromium(), args: [...CHROMIUM_ARGS], headless: true };
}

// `node src/shared/browser.ts` prints the path (exit 0) or nothing (exit 1): the wrapper's check.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const path = findChromium();
	if (path) console.log(path);
	process.exit(path ? 0 : 1);
}
