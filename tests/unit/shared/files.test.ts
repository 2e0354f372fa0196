import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/shared/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'files-'));
for (const path of ['b.html', 'a/z.md', 'a/b/c.mdx', '_astro/x.js']) {
	mkdirSync(join(dir, path, '..'), { recursive: true });
	writeFileSync(join(dir, path), '');
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
	it('lists every file, sorted, with / separators relative to the folder', () => {
		expect(filesUnder(dir)).toEqual(['_astro/x.js', 'a/b/c.mdx', 'a/z.md', 'b.html']);
	});
	it('keeps the files asked for and leaves out skipped folders', () => {
		expect(filesUnder(dir, { include: (p) => /\.mdx?$/.test(p) })).toEqual(['a/b/c.mdx', 'a/z.md']);
		expect(filesUnder(dir, { skipDir: (p) => p === '_astro' || p === 'a/b' })).toEqual(['a/z.md', 'b.html']);
	});
	it('gives nothing for a folder that does not exist', () => {
		expect(filesUnder(join(dir, 'missing'))).toEqual([]);
	});
});
