/**
 * Builds a throwaway copy of the site with extra (usually broken) files added, to prove that the build stops on
 * bad input. The copy lives in `.cache/fixture-builds/` inside the project, so Node finds this project's
 * node_modules by walking up (a symlinked node_modules confuses Astro's compiler). A fixture test costs one
 * `astro build` and never touches the real `src/` or `dist/`.
 *
 *   const result = await buildFixture({ 'src/content/docs/kapot.mdx': readFileSync(fixture, 'utf8') });
 *   expect(result.code).not.toBe(0);
 *   expect(result.output).toContain('kapot.mdx');
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parse, stringify } from 'yaml';
import { defaultCacheDir } from '../../src/shared/cache.ts';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Top-level entries a build needs; everything else (tests, dist, caches, git) stays out of the copy. */
const COPY = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface FixtureBuildOptions {
	/**
	 * Keep only these files of `src/content/docs/` (plus the added ones), to make the build faster. Default: all.
	 * The glossary keeps only the terms of the chapters kept (a term of a missing chapter stops the build).
	 */
	keepDocs?: string[];
	/** Extra environment for the build. */
	env?: Record<string, string>;
	/** Copy the built `dist/` here before the copy of the project is deleted (to serve it afterwards). */
	keepDist?: string;
	/** Built files to hand back (paths in dist/), read before the copy is deleted; a missing one is undefined. */
	read?: string[];
}

export interface FixtureBuildResult {
	code: number;
	/** stdout and stderr together, ANSI colours removed. */
	output: string;
	/** Where the copy was built (already deleted when the promise resolves). */
	dir: string;
	/** The files asked for in `read`, by path. */
	files: Record<string, string | undefined>;
}

/** Copies what a build needs (sources, config, package.json) into `dir`, a folder inside the project. */
export function copyProject(dir: string): void {
	for (const entry of COPY) {
		const from = join(PROJECT_ROOT, entry);
		if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
	}
}

/** `files` maps project-relative paths to their content: new files or replacements of existing ones. */
export async function buildFixture(
	files: Record<string, string>,
	options: FixtureBuildOptions = {},
): Promise<FixtureBuildResult> {
	const parent = join(PROJECT_ROOT, '.cache', 'fixture-builds');
	mkdirSync(parent, { recursive: true });
	const dir = mkdtempSync(join(parent, 'site-'));
	try {
		copyProject(dir);
		if (options.keepDocs) {
			const docs = join(dir, 'src', 'content', 'docs');
			for (const name of readdirSync(docs)) {
				if (!options.keepDocs.includes(name)) rmSync(join(docs, name), { recursive: true });
			}
			const chapters = new Set(readChapterPages(docs).map((page) => page.chapter));
			const glossary = join(dir, 'src', 'content', 'glossary.yaml');
			const terms = parse(readFileSync(glossary, 'utf8')) as { chapter: number }[];
			writeFileSync(glossary, stringify(terms.filter((term) => chapters.has(term.chapter))));
		}
		// The copy's Astro cache shares the project's rendered diagrams, so a fixture build renders only what it adds.
		const diagrams = join(defaultCacheDir(PROJECT_ROOT), 'diagrams');
		mkdirSync(diagrams, { recursive: true });
		mkdirSync(defaultCacheDir(dir), { recursive: true });
		symlinkSync(diagrams, join(defaultCacheDir(dir), 'diagrams'), 'dir');
		for (const [path, content] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), content);
		}
		const { code, output } = await run(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
			dir,
			{
				ASTRO_TELEMETRY_DISABLED: '1',
				...options.env,
			},
		);
		if (options.keepDist && code === 0) cpSync(join(dir, 'dist'), options.keepDist, { recursive: true });
		const built = Object.fromEntries(
			(options.read ?? []).map((path) => {
				const file = join(dir, 'dist', path);
				return [path, existsSync(file) ? readFileSync(file, 'utf8') : undefined];
			}),
		);
		return { code, output, dir, files: built };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function run(
	command: string,
	args: string[],
	cwd: string,
	env: Record<string, string>,
): Promise<{ code: number; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
	});
}
