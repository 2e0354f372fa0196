import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../lib/fixture-build.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'broken-link.mdx');

describe('link check over the built site', () => {
	it('stops the build on a broken internal link and a missing #anchor, naming the file and both links', async () => {
		const result = await buildFixture(
			{ 'src/content/docs/kapotte-links.mdx': readFileSync(FIXTURE, 'utf8') },
			// The home page is the only link target the fixture needs; fewer pages and no PDFs keep this test fast.
			{ keepDocs: ['index.mdx'], env: { SKIP_PDF: '1' } },
		);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain('Link check:');
		expect(result.output).toContain(
			'src/content/docs/kapotte-links.mdx:6:38  /h9-bestaat-niet/  (no page or file at /h9-bestaat-niet/)',
		);
		expect(result.output).toContain(
			'src/content/docs/kapotte-links.mdx:6:85  /#kop-die-niet-bestaat  (no element with id "kop-die-niet-bestaat" on /)',
		);
	});
});
