/**
 * Lists the post-build steps in the order Astro runs them: every integration with an `astro:build:done` hook, in
 * the order of the final integration list (Starlight's plugins add theirs while the config is set up). It starts
 * `astro build` and stops it once the config is done, before anything is built or written to `dist/`, so the
 * plugins see the command they see in a real build (some add their step only then). ARCHITECTURE.md
 * quotes this list; tests/integration/post-build-steps.test.ts compares the two.
 *
 *   npm run post-build-steps
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { AstroIntegration } from 'astro';

const ROOT = join(import.meta.dirname, '..');

/** Names of the integrations that run after the build, in order. */
export async function postBuildSteps(root: string = ROOT): Promise<string[]> {
	let steps: string[] | undefined;
	const done = new Error('config done');
	const reporter: AstroIntegration = {
		name: 'post-build-steps',
		hooks: {
			'astro:config:done': ({ config }) => {
				steps = config.integrations
					.filter((integration) => integration.hooks['astro:build:done'] && integration.name !== reporter.name)
					.map((integration) => integration.name);
				throw done;
			},
		},
	};
	try {
		await build({ root, logLevel: 'silent', integrations: [reporter] });
	} catch (error) {
		if (error !== done && (error as { cause?: unknown }).cause !== done) throw error;
	}
	if (!steps) throw new Error('astro build ran no astro:config:done hook');
	return steps;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	for (const [index, name] of (await postBuildSteps()).entries()) console.log(`${index + 1}. ${name}`);
}
