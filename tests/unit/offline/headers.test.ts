import { describe, expect, it } from 'vitest';
import { OFFLINE_HEADER_RULES } from '../../../src/offline/headers.ts';
import {
	formatHeadersFile,
	headersFor,
	parseHeadersFile,
	siteHeaderRules,
} from '../../../src/security-headers/headers.ts';
import { MANIFEST_PATH, SERVICE_WORKER_PATH } from '../../../src/shared/urls.ts';

describe('offline header rules in dist/_headers', () => {
	const rules = parseHeadersFile(formatHeadersFile(siteHeaderRules("default-src 'none'", OFFLINE_HEADER_RULES)));

	it('serve the service worker uncached, with the site CSP (which then applies inside the worker)', () => {
		expect(headersFor(rules, SERVICE_WORKER_PATH)).toMatchObject({
			'Cache-Control': 'no-cache',
			'Content-Security-Policy': "default-src 'none'",
		});
	});

	it('serve the manifest with its type, and touch no other file', () => {
		expect(headersFor(rules, MANIFEST_PATH)['Content-Type']).toBe('application/manifest+json');
		for (const path of ['/', '/h1-introductie/', '/sw.js.map', '/pdf/h1-introductie.pdf']) {
			expect(headersFor(rules, path), path).not.toHaveProperty('Content-Type');
			expect(headersFor(rules, path), path).not.toHaveProperty('Cache-Control');
		}
	});
});
