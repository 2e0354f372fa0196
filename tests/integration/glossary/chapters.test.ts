/**
 * The glossary accepts any chapter the docs have, and stops the build, naming file and line, on a term whose
 * chapter no page has (the README's "add a chapter" recipe at chapter 4).
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../lib/fixture-build.ts';

const term = (chapter: number) =>
	`- id: nieuw-begrip\n  term: Nieuw begrip\n  definition: Iets wat pas in het vierde hoofdstuk wordt uitgelegd.\n  chapter: ${chapter}\n  anchor: nieuw-begrip\n`;
const chapterFour =
	'---\ntitle: H4 Proefhoofdstuk\nchapter: 4\nsidebar:\n  order: 4\n---\n\n## Nieuw begrip\n\nHier staat een nieuw begrip.\n';

describe('glossary chapters come from the docs', () => {
	it('builds with a term in a new chapter 4', async () => {
		const result = await buildFixture(
			{ 'src/content/docs/h4-proef.mdx': chapterFour, 'src/content/glossary.yaml': term(4) },
			// All pages: they link to each other, and the link check would stop a build without them.
			{ env: { SKIP_PDF: '1' } },
		);
		expect(result.code, result.output).toBe(0);
	});

	it('stops the build on a term in a chapter no page has, naming the file and line', async () => {
		const result = await buildFixture(
			{ 'src/content/glossary.yaml': `# Begrippen\n${term(5)}` },
			{ keepDocs: ['index.mdx', 'h1-introductie.mdx'], env: { SKIP_PDF: '1' } },
		);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(
			'src/content/glossary.yaml:2 (entry 1 "nieuw-begrip"): chapter: no page in src/content/docs has chapter 5 (chapters: 1)',
		);
	});
});
