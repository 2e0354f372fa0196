/**
 * Checks on the MDX sources that the built HTML cannot show: every diagram carries an accessible title and
 * description (Mermaid's accTitle/accDescr), and each chapter file sits at the path the glossary links to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHAPTER_PATHS } from '../../src/lib/chapter-paths.ts';
import { mermaidFences } from '../../src/lib/diagram-font.ts';

const docs = resolve(import.meta.dirname, '../../src/content/docs');
const pages = readdirSync(docs).filter((f) => f.endsWith('.mdx'));


describe('diagrams', () => {
	const all = pages.flatMap((file) => mermaidFences(readFileSync(join(docs, file), 'utf8')).map((f) => ({ file, ...f })));

	test('there is a diagram in every chapter', () => {
		for (const path of Object.values(CHAPTER_PATHS)) {
			expect(all.some((d) => `/${d.file.replace(/\.mdx$/, '')}/` === path), path).toBe(true);
		}
	});

	test.each(all.map((d) => [`${d.file}:${d.line}`, d.body] as const))(
		'%s starts with accTitle and accDescr right after the diagram type',
		(_where, body) => {
			// Skip an optional `---` config block, then the diagram type line.
			const lines = body.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').map((l) => l.trim());
			expect(lines[1]).toMatch(/^accTitle: \S/);
			expect(lines[2]).toMatch(/^accDescr: \S.{20,}/);
		},
	);
});

test('each chapter file declares the chapter number its path belongs to', () => {
	for (const [n, path] of Object.entries(CHAPTER_PATHS)) {
		const source = readFileSync(join(docs, `${path.replace(/\//g, '')}.mdx`), 'utf8');
		expect(source, path).toMatch(new RegExp(`^chapter: ${n}$`, 'm'));
		expect(source, path).toMatch(new RegExp(`^  order: ${n}$`, 'm'));
	}
});
