import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postBuildSteps } from '../../scripts/post-build-steps.ts';
import { PROJECT_ROOT } from '../lib/fixture-build.ts';

/** The numbered list between `<!-- post-build-steps -->` and `<!-- /post-build-steps -->` in ARCHITECTURE.md. */
function documentedSteps(): string[] {
	const doc = readFileSync(join(PROJECT_ROOT, 'ARCHITECTURE.md'), 'utf8');
	const block = /<!-- post-build-steps -->([\s\S]*?)<!-- \/post-build-steps -->/.exec(doc)?.[1];
	if (block === undefined) throw new Error('ARCHITECTURE.md has no <!-- post-build-steps --> block');
	return [...block.matchAll(/^\d+\.\s+`([^`]+)`/gm)].map((match) => match[1]!);
}

describe('post-build steps', () => {
	it('run in the order ARCHITECTURE.md gives (npm run post-build-steps)', async () => {
		const steps = await postBuildSteps();
		expect(steps).toContain('page-scripts');
		expect(documentedSteps()).toEqual(steps);
	});
});
