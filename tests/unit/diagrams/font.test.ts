import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagramCharacters, writeDiagramFont } from '../../../src/diagrams/font.ts';
import { mermaidFences } from '../../../src/diagrams/sources.ts';

const require = createRequire(import.meta.url);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('mermaidFences', () => {
	it('finds every mermaid fence, with backticks or tildes, and the line it starts on, and nothing else', () => {
		const doc = [
			'# Kop',
			'```mermaid',
			'flowchart LR',
			'  A[Oriëntatie] --> B',
			'```',
			'',
			'```js',
			'const x = "ü";',
			'```',
			'~~~~mermaid',
			'pie',
			'  "Één" : 1',
			'~~~~',
			'',
		].join('\n');
		expect(mermaidFences(doc)).toEqual([
			{ line: 2, body: 'flowchart LR\n  A[Oriëntatie] --> B\n' },
			{ line: 10, body: 'pie\n  "Één" : 1\n' },
		]);
	});
});

describe('diagramCharacters', () => {
	it('keeps printable ASCII and every other character the sources use, once, without whitespace', () => {
		const chars = diagramCharacters(['A[Oriëntatie · fase 1]', 'B["café –\u00a0bar"]']);
		for (const char of 'ë·é–') expect(chars).toContain(char);
		expect(chars).toContain('~');
		expect(chars).toContain(' ');
		expect(chars).not.toMatch(/[\n\t\u00a0]/);
		expect(new Set(chars).size).toBe([...chars].length);
		expect(diagramCharacters([])).toHaveLength(95);
	});
});

describe('writeDiagramFont', () => {
	it('writes a small Inter per weight for the diagrams in the content folder, and a stylesheet naming them', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'diagram-font-'));
		dirs.push(dir);
		await mkdir(join(dir, 'content', 'docs'), { recursive: true });
		await writeFile(
			join(dir, 'content', 'docs', 'h1.mdx'),
			'# H1\n\n```mermaid\nflowchart LR\n  A[Productie-oriëntatie] --> B[Relatiemarketing]\n```\n',
		);
		const out = join(dir, 'out');
		const { css, characters } = await writeDiagramFont(join(dir, 'content'), out);
		expect(characters).toContain('ë');
		const sheet = await readFile(css, 'utf8');
		const faces = [...sheet.matchAll(/font-weight:(\d+);src:url\(\.\/([^)]+)\) format\('woff2'\)/g)];
		expect(faces.map((face) => face[1])).toEqual(['400', '700']);
		for (const [, weight, file] of faces) {
			const font = await readFile(join(out, file!));
			expect(font.subarray(0, 4).toString('latin1'), file).toBe('wOF2');
			const full = await stat(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`));
			expect(font.length, file).toBeLessThan(full.size / 2);
		}
		// Same content, same bytes: builds stay reproducible.
		const first = await Promise.all((await readdir(out)).sort().map((file) => readFile(join(out, file))));
		await writeDiagramFont(join(dir, 'content'), out);
		const second = await Promise.all((await readdir(out)).sort().map((file) => readFile(join(out, file))));
		expect(second).toEqual(first);
	});
});
