/**
 * Canonical links, og:url and the sitemap: a build without a site URL leaves them out (an outside link checker
 * flagged every page's http://localhost:4321 links), a build on a host takes the host's URL.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../lib/fixture-build.ts';

/** No site URL from this machine's environment either (CI on GitHub Actions would set one). */
const NO_HOST = { SITE_URL: '', NETLIFY: '', URL: '', VERCEL: '', CF_PAGES: '', GITHUB_ACTIONS: '', SKIP_PDF: '1' };
const read = ['h1-introductie/index.html', 'sitemap-index.xml', 'sitemap-0.xml'];

describe('the site URL in the built pages', () => {
	it('is left out when none is set: no canonical link, no og:url, no sitemap', async () => {
		const result = await buildFixture({}, { env: NO_HOST, read });
		expect(result.code, result.output).toBe(0);
		const page = result.files['h1-introductie/index.html']!;
		expect(page).toContain('<title>');
		expect(page).not.toMatch(/rel="canonical"|property="og:url"|rel="sitemap"|localhost/);
		expect(result.files['sitemap-index.xml']).toBeUndefined();
	});

	it("comes from the host's build variables (Netlify here)", async () => {
		const result = await buildFixture(
			{},
			{ env: { ...NO_HOST, NETLIFY: 'true', URL: 'https://samenvatting.netlify.app' }, read },
		);
		expect(result.code, result.output).toBe(0);
		const page = result.files['h1-introductie/index.html']!;
		expect(page).toContain('<link rel="canonical" href="https://samenvatting.netlify.app/h1-introductie/"/>');
		expect(page).toContain('<meta property="og:url" content="https://samenvatting.netlify.app/h1-introductie/"/>');
		expect(result.files['sitemap-0.xml']).toContain('<loc>https://samenvatting.netlify.app/h1-introductie/</loc>');
	});
});
