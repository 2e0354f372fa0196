/**
 * Checks on the MDX sources that the built HTML cannot show: every diagram carries an accessible title and
 * description (Mermaid's accTitle/accDescr), and every chapter has a diagram.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readChapterPages } from '../../../src/shared/chapter-pages.ts';
import { mermaidFences } from '../../../src/diagrams/sources.ts';

const docs = resolve(import.meta.dirname, '../../../src/content/docs');
const pages = readdirSync(docs).filter((f) => f.endsWith('.mdx'));

describe('diagrams', () => {
	const all = pages.flatMap((file) =>
		mermaidFences(readFileSync(join(docs, file), 'utf8')).map((f) => ({ file, ...f })),
	);

	test('there is a diagram in every chapter', () => {
		const chapters = readChapterPages();
		expect(chapters.length).toBeGreaterThan(0);
		for (const { file } of chapters)
			expect(
				all.some((d) => file.endsWith(`/${d.file}`)),
				file,
			).toBe(true);
	});

	test.each(all.map((d) => [`${d.file}:${d.line}`, d.body] as const))(
		'%s starts with accTitle and accDescr right after the diagram type',
		(_where, body) => {
			// Skip an optional `---` config block, then the diagram type line.
			const lines = body
				.replace(/^---\n[\s\S]*?\n---\n/, '')
				.split('\n')
				.map((l) => l.trim());
			expect(lines[1]).toMatch(/^accTitle: \S/);
			expect(lines[2]).toMatch(/^accDescr: \S.{20,}/);
		},
	);
});
