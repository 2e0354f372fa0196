/**
 * A chapter with broken frontmatter must stop the build with an error that names the file, never build silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture } from '../../lib/fixture-build.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'bad-frontmatter', 'h9-kapotte-frontmatter.mdx');

test('a chapter with broken frontmatter fails the build and the error names the file and the fields', async () => {
	const result = await buildFixture(
		{ 'src/content/docs/h9-kapotte-frontmatter.mdx': readFileSync(FIXTURE, 'utf8') },
		// Schema validation happens before any page renders; the other pages only cost time.
		{ keepDocs: ['index.mdx'] },
	);
	expect(result.code, result.output).not.toBe(0);
	expect(result.output).toContain('h9-kapotte-frontmatter.mdx');
	expect(result.output).toContain('does not match collection schema');
	// Both problems are reported: the missing title and the chapter number written as text.
	expect(result.output).toMatch(/title\W+Required/);
	expect(result.output).toMatch(/chapter\W+.*Expected type `"number"`/);
});
