/** Clean builds for the benchmark and the reproducibility check. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Removes dist/ and every build cache: Astro's (every feature's cache: rendered diagrams, diagram font, PDFs) and
 * Vite's, and the work folders in .cache/. Kept: `.cache/node` (the wrapper's Node) and `.cache/repro` (the reproducibility check's copies).
 */
export function removeBuildOutputAndCaches(root: string = ROOT): void {
	for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
		rmSync(join(root, dir), { recursive: true, force: true });
	}
	const cache = join(root, '.cache');
	if (!existsSync(cache)) return;
	for (const entry of readdirSync(cache)) {
		if (entry !== 'node' && entry !== 'repro') rmSync(join(cache, entry), { recursive: true, force: true });
	}
}

/** `astro build` from clean; returns the wall time in seconds (one decimal). Throws with the log on failure. */
export function cleanBuild(env: Record<string, string> = {}, root: string = ROOT): number {
	removeBuildOutputAndCaches(root);
	return timedBuild(env, root);
}

/**
 * `astro build` in `cwd` as it stands (caches kept: a warm rebuild when nothing changed); wall time in seconds, one
 * decimal. `root` is where Astro is installed.
 */
export function timedBuild(env: Record<string, string> = {}, cwd: string = ROOT, root: string = ROOT): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error(`astro build failed (exit ${result.status})`);
	}
	return Math.round(seconds * 10) / 10;
}
