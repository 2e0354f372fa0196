/**
 * How long an author waits in `astro dev`: the time from saving a chapter's text to the new text in the open
 * browser tab, and from saving an edited diagram to the new diagram, with how many diagrams were rendered for it
 * (the diagram cache is keyed by each fence's source, so one). Runs on a copy of the project in
 * `.cache/dev-timing/`, so the real sources are never touched. `npm run bench -- --dev`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readChapterPages } from '../../src/shared/chapter-pages.ts';
import { defaultCacheDir } from '../../src/shared/cache.ts';
import { copyProject } from '../../tests/lib/fixture-build.ts';
import { median } from './budget.ts';
import { ROOT } from './build.ts';

export interface DevTimings {
	/** Save → the edited paragraph shown, ms, one per edit. */
	textEditMs: number[];
	/** Save → the edited diagram shown, ms. */
	diagramEditMs: number;
	/** Diagrams rendered (not from the cache) for that edit. */
	diagramsRendered: number;
	/** Diagrams on the page edited. */
	diagramsOnPage: number;
}

/** Polls `test` in the page until it holds; a reload in between (the dev server's full-page update) is waited out. */
async function until(page: Page, test: string, timeoutMs = 120_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const ok = await page.evaluate(test).catch(() => false);
		if (ok === true) return;
		if (Date.now() > deadline) throw new Error(`dev timing: "${test}" did not come true within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** The first prose line of an MDX body: not frontmatter, an import, a heading, a component, a list or a fence. */
function firstProseLine(lines: string[]): number {
	let inFence = false;
	let frontmatter = 0;
	for (const [index, line] of lines.entries()) {
		if (line === '---' && frontmatter < 2) {
			frontmatter++;
			continue;
		}
		if (frontmatter < 2) continue;
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		if (!inFence && /^\p{L}/u.test(line) && !/^import\s/.test(line) && line.split(/\s+/).length >= 5) return index;
	}
	throw new Error('dev timing: no paragraph found in the chapter');
}

const diagramCacheFiles = (dir: string): number =>
	existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).length : 0;

export async function measureDev(browser: Browser, port: number, log: (message: string) => void): Promise<DevTimings> {
	const parent = join(ROOT, '.cache', 'dev-timing');
	mkdirSync(parent, { recursive: true });
	const dir = mkdtempSync(join(parent, 'site-'));
	copyProject(dir);
	// Its own diagram cache, seeded with the project's, as an author's after a first build.
	const diagrams = join(defaultCacheDir(dir), 'diagrams');
	const projectDiagrams = join(defaultCacheDir(ROOT), 'diagrams');
	if (existsSync(projectDiagrams)) cpSync(projectDiagrams, diagrams, { recursive: true });
	const server = spawn(
		process.execPath,
		[join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
		{ cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const page = await browser.newPage();
	try {
		const origin = `http://127.0.0.1:${port}`;
		const started = Date.now();
		while (
			!(await fetch(origin + '/').then(
				(response) => response.ok,
				() => false,
			))
		) {
			if (Date.now() - started > 180_000 || server.exitCode !== null)
				throw new Error(`dev timing: astro dev did not start\n${output}`);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		const chapter = readChapterPages(join(dir, 'src', 'content', 'docs'))[0];
		if (!chapter) throw new Error('dev timing: no chapter');
		const file = join(ROOT, chapter.file);
		const original = readFileSync(file, 'utf8');
		await page.goto(origin + chapter.path, { waitUntil: 'load', timeout: 300_000 });
		log(`dev: ${chapter.path} open (${Date.now() - started} ms after starting astro dev)`);
		const diagramsOnPage = await page.locator('main figure svg').count();

		const lines = original.split('\n');
		const line = firstProseLine(lines);
		const textEditMs: number[] = [];
		for (let edit = 1; edit <= 5; edit++) {
			const marker = `Meetpunt${edit}x`;
			const edited = [...lines];
			edited[line] = `${marker} ${lines[line]}`;
			const saved = performance.now();
			writeFileSync(file, edited.join('\n'));
			await until(page, `document.querySelector('main')?.innerText.includes(${JSON.stringify(marker)})`);
			textEditMs.push(Math.round(performance.now() - saved));
		}
		writeFileSync(file, original);
		await until(page, `!document.querySelector('main')?.innerText.includes('Meetpunt5x')`);

		// A label of the first diagram, changed: only that fence's source changes.
		const fence = /^```mermaid[^\n]*\n([\s\S]*?)^```/m.exec(original);
		const label = fence && /\[("?)([^\]"]{3,})\1\]/.exec(fence[1]!);
		if (!fence || !label) throw new Error(`dev timing: no labelled node in a diagram of ${chapter.file}`);
		const start =
			fence.index + fence[0].indexOf(fence[1]!) + label.index + label[0].indexOf(label[2]!) + label[2]!.length;
		const before = diagramCacheFiles(diagrams);
		const saved = performance.now();
		writeFileSync(file, `${original.slice(0, start)} Meetlabel${original.slice(start)}`);
		await until(
			page,
			`[...document.querySelectorAll('main figure svg')].some((svg) => svg.textContent.includes('Meetlabel'))`,
		);
		const diagramEditMs = Math.round(performance.now() - saved);
		return { textEditMs, diagramEditMs, diagramsRendered: diagramCacheFiles(diagrams) - before, diagramsOnPage };
	} finally {
		await page.close();
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}

export const describeDev = (timings: DevTimings): string =>
	`astro dev: chapter text edit → shown in the browser ${median(timings.textEditMs)} ms (median of ${timings.textEditMs.length}: ${timings.textEditMs.join(', ')}); ` +
	`one diagram label edited → new diagram shown ${timings.diagramEditMs} ms, ${timings.diagramsRendered} of the page's ${timings.diagramsOnPage} diagrams rendered`;
