/**
 * A chapter with broken frontmatter must stop the build with an error that names the file, never build silently.
 * Builds a throwaway copy of the project (node_modules symlinked) with the fixture added as an extra page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/bad-frontmatter/h9-kapotte-frontmatter.mdx');
/** Not needed to build, or rebuilt by it; copying them would only cost time. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.cache', 'tests', 'test-results', 'playwright-report']);

const work = mkdtempSync(join(tmpdir(), 'bad-frontmatter-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a chapter with broken frontmatter fails the build and the error names the file', () => {
	cpSync(root, work, {
		recursive: true,
		filter: (src) => {
			const rel = relative(root, src);
			return rel === '' || !SKIP.has(rel.split(/[\\/]/)[0]!);
		},
	});
	symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
	cpSync(fixture, join(work, 'src/content/docs', basename(fixture)));

	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: work,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 90_000,
	});
	const output = `${result.stdout}\n${result.stderr}`;

	expect(result.status, output).not.toBe(0);
	expect(output).toContain('h9-kapotte-frontmatter.mdx');
	// Both problems are reported: the missing title and the chapter number that is not a number.
	expect(output).toMatch(/title/i);
	expect(output).toMatch(/chapter/i);
});
