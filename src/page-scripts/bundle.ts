/**
 * One script file per page instead of Astro's one per component. Astro 7 emits every component's <script> as its
 * own module (`<script type="module" src="/_astro/…">`), and shared code as further chunks those modules import:
 * a Starlight chapter page loads seven small files in three waves (page → Search/TOC scripts → preload-helper,
 * starlight-toc). After the build, the module scripts of each page are bundled, in page order, into one file that
 * imports nothing up front; dynamic `import()`s (Pagefind's UI, loaded on search) stay separate files.
 *
 * Erasable TypeScript: used by the Astro integration in src/page-scripts/integration.ts and by unit tests.
 */
import { createHash } from 'node:crypto';
import { build, type Plugin } from 'esbuild';
import type { Element } from 'hast';
import { elementsOf, replaceElements, type PageHtml } from '../shared/dist.ts';

/** An external module script, as Astro renders a bundled component script: `<script type="module" src="…">`. */
const isModuleScript = (element: Element): boolean =>
	element.tagName === 'script' && element.properties.type === 'module' && typeof element.properties.src === 'string';

/** The page's external module scripts, in document order. */
export const moduleScripts = (page: PageHtml): Element[] => elementsOf(page.tree, isModuleScript);

/** `src` of every external module script of the page, in document order, each once. */
export function moduleScriptSources(page: PageHtml): string[] {
	return [...new Set(moduleScripts(page).map((script) => String(script.properties.src)))];
}

/** The page's HTML with its first module script pointing at `bundleSrc` and the others removed. */
export function useBundle(page: PageHtml, bundleSrc: string): string {
	const [first, ...others] = moduleScripts(page);
	if (!first) return page.html;
	const edits = new Map<Element, string>([[first, `<script type="module" src="${bundleSrc}"></script>`]]);
	for (const script of others) edits.set(script, '');
	return replaceElements(page, edits);
}

/** Leaves every dynamic `import()` as it is: those modules load on demand (e.g. search), not with the page. */
const keepDynamicImports: Plugin = {
	name: 'keep-dynamic-imports',
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /.*/ }, (args) =>
			args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
		);
	},
};

export interface Bundle {
	/** File name, e.g. `page-scripts.3f2a9c1b.js`, named by content so it can be cached forever. */
	fileName: string;
	code: string;
}

/**
 * Bundles modules that live side by side in `dir` (Astro's `_astro/`) into one module that runs them in the given
 * order, as the separate `<script type="module">` elements did. The bundle is written to the same folder, so
 * relative dynamic imports inside it still resolve.
 */
export async function bundleModules(dir: string, fileNames: string[]): Promise<Bundle> {
	const result = await build({
		stdin: { contents: fileNames.map((name) => `import './${name}';`).join('\n'), resolveDir: dir, loader: 'js' },
		bundle: true,
		format: 'esm',
		minify: true,
		write: false,
		logLevel: 'silent',
		plugins: [keepDynamicImports],
	});
	const code = result.outputFiles[0]!.text;
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
	return { fileName: `page-scripts.${hash}.js`, code };
}
