/**
 * `npm run repro`: proves the build is reproducible. Builds twice from clean (dist and all caches removed each
 * time) and compares every file of the two dist/ folders byte for byte. Files that may differ are listed in
 * MAY_DIFFER with the reason; any other difference (or a file in only one build) exits 1.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../src/shared/files.ts';
import { cleanBuild, ROOT } from './lib/build.ts';

/** Files allowed to differ between two builds of the same commit, and why. Keep this list short. */
const MAY_DIFFER: { pattern: RegExp; reason: string }[] = [
	// Empty: the PDFs carry no render time and stable structure ids (src/handouts/reproducible-pdf.ts).
];

function fileHashes(dir: string): Map<string, string> {
	return new Map(
		filesUnder(dir).map((path) => [
			path,
			createHash('sha256')
				.update(readFileSync(join(dir, path)))
				.digest('hex'),
		]),
	);
}

function compare(a: Map<string, string>, b: Map<string, string>): { differ: string[]; onlyOne: string[] } {
	const differ: string[] = [];
	const onlyOne: string[] = [];
	for (const path of new Set([...a.keys(), ...b.keys()])) {
		if (!a.has(path) || !b.has(path)) onlyOne.push(path);
		else if (a.get(path) !== b.get(path)) differ.push(path);
	}
	return { differ: differ.sort(), onlyOne: onlyOne.sort() };
}

const first = join(ROOT, '.cache', 'repro', 'first');
rmSync(first, { recursive: true, force: true });
console.error('repro: build 1…');
const seconds1 = cleanBuild();
cpSync(join(ROOT, 'dist'), first, { recursive: true });
console.error('repro: build 2…');
const seconds2 = cleanBuild();
const a = fileHashes(first);
const b = fileHashes(join(ROOT, 'dist'));
const { differ, onlyOne } = compare(a, b);
const allowed = (path: string) => MAY_DIFFER.find((rule) => rule.pattern.test(path));
const unexpected = [...differ.filter((path) => !allowed(path)), ...onlyOne];

console.log(`Builds: ${seconds1} s and ${seconds2} s; ${b.size} files in dist/.`);
console.log(
	`Identical: ${b.size - differ.length - onlyOne.length}. Differ as allowed: ${differ.length - differ.filter((p) => !allowed(p)).length}.`,
);
for (const path of differ.filter(allowed)) console.log(`  allowed: ${path} (${allowed(path)?.reason})`);
if (unexpected.length) {
	console.log(`Not reproducible (kept build 1 in ${relative(ROOT, first)} to compare):`);
	for (const path of differ.filter((p) => !allowed(p))) console.log(`  differs: ${path}`);
	for (const path of onlyOne) console.log(`  only in ${a.has(path) ? 'build 1' : 'build 2'}: ${path}`);
	process.exitCode = 1;
} else {
	console.log('Reproducible: both builds are byte-identical (apart from the allowed files above).');
	if (existsSync(first)) rmSync(first, { recursive: true, force: true });
}
