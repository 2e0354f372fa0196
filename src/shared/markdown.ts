/**
 * How a feature's Starlight plugin adds its rehype plugins. With `markdown.processor: unified()` (from
 * `@astrojs/markdown-remark`), Astro's `markdown.rehypePlugins` is deprecated; plugins push onto the processor's
 * own list instead, as Starlight and Expressive Code do. Pushed from a Starlight
 * plugin's `config:setup`, ours run before Starlight's own rehype plugins and Expressive Code's, in plugin order.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import type { VFile } from 'vfile';

type SetupContext = Parameters<NonNullable<StarlightPlugin['hooks']['config:setup']>>[0];
type RehypePlugins = NonNullable<Parameters<typeof import('@astrojs/markdown-remark').unified>[0]>['rehypePlugins'];

export function addRehypePlugins(
	context: Pick<SetupContext, 'astroConfig'>,
	...plugins: NonNullable<RehypePlugins>
): void {
	const processor = context.astroConfig.markdown.processor as {
		name?: string;
		options?: { rehypePlugins?: unknown[] };
	};
	if (processor?.name !== 'unified' || !Array.isArray(processor.options?.rehypePlugins)) {
		throw new Error(
			`astro.config.mjs: markdown.processor must be unified() from @astrojs/markdown-remark (found "${processor?.name}"); ` +
				"the site's rehype plugins (diagrams, term previews, search keywords, tables) run only there.",
		);
	}
	processor.options.rehypePlugins.push(...plugins);
}

/** The `chapter` number in the frontmatter of the document a rehype plugin works on; undefined on other pages. */
export function chapterOf(file: VFile): number | undefined {
	const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
	return typeof frontmatter?.chapter === 'number' ? frontmatter.chapter : undefined;
}

/** Heading ids exactly as Astro assigns them, for plugins that need them first (Astro runs this again later and keeps ids). */
export function addHeadingIds(tree: Root, file: VFile): void {
	(rehypeHeadingIds() as (tree: Root, file: VFile) => void)(tree, file);
}
