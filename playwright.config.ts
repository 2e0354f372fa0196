import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/shared/browser.ts';

// Browser tests run against the built site (`dist/`) served by `astro preview`, in the project's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 4330);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: chromiumLaunchOptions(),
		locale: 'nl-NL',
	},
	webServer: {
		// --ignore-lock: a stale .astro/preview.json from a killed run must not stop the tests.
		command: `npx astro preview --port ${PORT} --host localhost --ignore-lock`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
