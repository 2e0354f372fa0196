/**
 * Every package the site's code imports is declared in package.json: `src/` (built and shipped) from
 * `dependencies`, `scripts/` and `tests/` from either list. An undeclared import works only while some other
 * package happens to pull it in, at whatever version that one chose.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/shared/files.ts';
import { PROJECT_ROOT } from '../../lib/fixture-build.ts';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
};

/** The configuration files at the top of the project. */
const ROOT_FILES = ['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts', 'eslint.config.js'];

/** Specifiers Astro and Vite resolve themselves, not packages. */
const VIRTUAL = /^(astro:|virtual:)/;

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or undefined for a relative or built-in one. */
export function packageOf(specifier: string): string | undefined {
	if (!/^[@a-z0-9]/i.test(specifier) || VIRTUAL.test(specifier)) return undefined;
	if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return undefined;
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export interface Import {
	specifier: string;
	/** `import type …`: needs the package's types only, at build time. */
	typeOnly: boolean;
}

/** `import … from '…'`, `import '…'`, `import('…')` and `export … from '…'` of a source file. */
export function importsOf(source: string): Import[] {
	const found = new Map<string, boolean>();
	const add = (specifier: string, typeOnly: boolean) =>
		found.set(specifier, (found.get(specifier) ?? true) && typeOnly);
	for (const match of source.matchAll(/(?:^|[\s;])(?:import|export)\s+(type\s)?[^'"`;]*?from\s*['"]([^'"]+)['"]/gm))
		add(match[2]!, Boolean(match[1]));
	for (const match of source.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/gm)) add(match[1]!, false);
	for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(match[1]!, false);
	return [...found].map(([specifier, typeOnly]) => ({ specifier, typeOnly }));
}

/** Imports in `folder` of packages not in `runtime` (or, for type-only imports, in neither list, nor as `@types/…`). */
function undeclared(folder: string, runtime: Set<string>, only?: readonly string[]): string[] {
	const any = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
	const missing: string[] = [];
	const files = only ?? filesUnder(join(PROJECT_ROOT, folder), { include: (p) => /\.(ts|mts|astro|mjs|js)$/.test(p) });
	for (const path of files) {
		for (const { specifier, typeOnly } of importsOf(readFileSync(join(PROJECT_ROOT, folder, path), 'utf8'))) {
			const name = packageOf(specifier);
			if (!name) continue;
			const declared = typeOnly ? any.has(name) || any.has(`@types/${name}`) : runtime.has(name);
			if (!declared) missing.push(`${folder}/${path}: ${specifier}`);
		}
	}
	return missing;
}

describe('declared dependencies', () => {
	it('finds the imports of a file and the package each names', () => {
		const source = `import a from 'hast-util-select';\nimport type { Root } from "@types/x/y";\nimport './x.css';\nexport { b } from 'node:fs';\nconst c = await import('astro:content');\nimport 'yaml';`;
		expect(importsOf(source).map(({ specifier, typeOnly }) => [packageOf(specifier), typeOnly])).toEqual([
			['hast-util-select', false],
			['@types/x', true],
			[undefined, false],
			[undefined, false],
			['yaml', false],
			[undefined, false],
		]);
	});

	it('src/ and the Astro config import only packages in dependencies', () => {
		const runtime = new Set(Object.keys(pkg.dependencies));
		expect([...undeclared('src', runtime), ...undeclared('.', runtime, ['astro.config.mjs'])]).toEqual([]);
	});

	it('scripts/ and tests/ import only declared packages', () => {
		const all = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
		expect([...undeclared('scripts', all), ...undeclared('tests', all), ...undeclared('.', all, ROOT_FILES)]).toEqual(
			[],
		);
	});
});
