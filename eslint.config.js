// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'test-results/', 'bench-results/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		// Build code, scripts and tests run in Node; component scripts and page code in the browser.
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks an argument a callback must take but does not use.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
