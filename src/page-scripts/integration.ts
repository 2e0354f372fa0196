/**
 * After the build: each page loads one script file instead of one per component plus the chunks they import
 * (see src/page-scripts/bundle.ts). Pages with the same scripts share a bundle. Component scripts that nothing refers
 * to any more are removed from dist/_astro. Runs before the PDF and security-header steps (plugin order in
 * astro.config.mjs), so they see the final HTML.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, MissingMarkupError, writePage } from '../shared/dist.ts';
import { ASSETS_PATH as ASSETS } from '../shared/urls.ts';
import { bundleModules, moduleScripts, moduleScriptSources, useBundle } from './bundle.ts';

export default function pageScripts(): AstroIntegration {
	return {
		name: 'page-scripts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const assets = join(root, '_astro');
				const bundled = new Map<string, string>();
				const replaced = new Set<string>();
				/** Every page's final HTML, to tell afterwards which component scripts are still referred to. */
				const pageHtml: string[] = [];
				let pages = 0;
				for (const page of builtPages(root)) {
					const sources = moduleScriptSources(page);
					if (sources.length === 0) {
						pageHtml.push(page.html);
						continue;
					}
					const outside = sources.find((src) => !src.startsWith(ASSETS));
					if (outside) throw new Error(`${page.file}: module script ${outside} is not in ${ASSETS}; cannot bundle it.`);
					// Astro writes `type` and `src` only; an attribute more (async, integrity, …) would be lost in a bundle.
					const other = moduleScripts(page).find((script) => Object.keys(script.properties).length !== 2);
					if (other)
						throw new Error(
							`${page.file}: module script ${String(other.properties.src)} has attributes besides type and src; cannot bundle it.`,
						);
					const names = sources.map((src) => src.slice(ASSETS.length));
					const key = names.join('\n');
					let bundleName = bundled.get(key);
					if (!bundleName) {
						const bundle = await bundleModules(assets, names);
						writeFileSync(join(assets, bundle.fileName), bundle.code);
						bundleName = bundle.fileName;
						bundled.set(key, bundleName);
					}
					const rewritten = useBundle(page, ASSETS + bundleName);
					writePage(root, page, rewritten);
					pageHtml.push(rewritten);
					names.forEach((name) => replaced.add(name));
					pages++;
				}
				// Starlight pages always load component scripts (search, theme picker): finding none means the markup changed.
				if (pages === 0) {
					throw new MissingMarkupError(
						'page-scripts',
						`no page in dist/ has a <script type="module" src="${ASSETS}…">`,
					);
				}
				// Component scripts that are now inside a bundle, unless a page or another remaining script (a bundle's
				// dynamic import, say) still refers to them. Anywhere in a page's text (an island's attribute, a preload
				// link, inline code): this only decides what may be deleted, so it errs on keeping.
				const remaining = readdirSync(assets)
					.filter((name) => name.endsWith('.js') && !replaced.has(name))
					.map((name) => readFileSync(join(assets, name), 'utf8'));
				const stillUsed = (name: string): boolean =>
					pageHtml.some((html) => html.includes(ASSETS + name)) || remaining.some((code) => code.includes(`./${name}`));
				const removed = [...replaced].filter((name) => !stillUsed(name));
				for (const name of removed) rmSync(join(assets, name));
				logger.info(
					`${pages} pages load ${bundled.size} bundled script file(s); removed ${removed.length} unused component scripts`,
				);
			},
		},
	};
}
