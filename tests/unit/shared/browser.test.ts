import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, requireChromium, type BrowserLookupEnv } from '../../../src/shared/browser.ts';

/** A fake machine: which files exist and what folders hold. */
function machine(files: string[], over: Partial<BrowserLookupEnv> = {}): BrowserLookupEnv {
	const set = new Set(files);
	return {
		env: {},
		platform: 'linux',
		home: '/home/student',
		exists: (p) => set.has(p),
		list: (dir) => [
			...new Set(files.filter((f) => f.startsWith(dir + '/')).map((f) => f.slice(dir.length + 1).split('/')[0]!)),
		],
		...over,
	};
}

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH over everything else', () => {
		const m = machine(['/opt/my/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/my/chrome' } });
		expect(findChromium(m)).toBe('/opt/my/chrome');
	});

	it('fails loudly when CHROMIUM_PATH names no file', () => {
		const m = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope/chrome' } });
		expect(() => findChromium(m)).toThrow(/CHROMIUM_PATH .*\/nope\/chrome/);
	});

	it('takes the newest Playwright-managed build before system browsers', () => {
		const root = '/home/student/.cache/ms-playwright';
		const m = machine([
			`${root}/chromium-1100/chrome-linux/chrome`,
			`${root}/chromium-1187/chrome-linux64/chrome`,
			`${root}/firefox-1400/firefox/firefox`,
			'/usr/bin/chromium',
		]);
		expect(findChromium(m)).toBe(`${root}/chromium-1187/chrome-linux64/chrome`);
	});

	it('honours PLAYWRIGHT_BROWSERS_PATH', () => {
		const m = machine(['/pw/chromium-1200/chrome-linux/chrome'], { env: { PLAYWRIGHT_BROWSERS_PATH: '/pw' } });
		expect(findChromium(m)).toBe('/pw/chromium-1200/chrome-linux/chrome');
	});

	it('falls back to the Debian path, then to Chrome', () => {
		expect(findChromium(machine(['/usr/bin/chromium', '/usr/bin/google-chrome']))).toBe('/usr/bin/chromium');
		expect(findChromium(machine(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
	});

	it('knows the macOS application paths', () => {
		const app = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
		expect(findChromium(machine([app], { platform: 'darwin' }))).toBe(app);
		expect(findChromium(machine(['/usr/bin/chromium'], { platform: 'darwin' }))).toBeUndefined();
	});

	it('returns undefined on a machine without a browser, and requireChromium says what to do', () => {
		expect(findChromium(machine([]))).toBeUndefined();
		expect(() => requireChromium(machine([]))).toThrow(/apt-get install -y chromium/);
	});

	it('launches headless without sandbox and background networking', () => {
		expect(CHROMIUM_ARGS).toEqual(
			expect.arrayContaining(['--headless', '--no-sandbox', '--disable-background-networking']),
		);
	});
});
