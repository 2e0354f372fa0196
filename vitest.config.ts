import { defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, no build, no browser: `npm run test:unit`) and `integration` (tests that build a
// throwaway copy of the site or start Chromium: `npm run test:integration`, run by `npm test` after the build).
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
			{ test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 180_000 } },
		],
	},
});
