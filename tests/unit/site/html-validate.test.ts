import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

// The same config `npm run test:html` uses on dist/ (found upward from the checked file: .htmlvalidate.mjs).
const validator = new HtmlValidate(new FileSystemConfigLoader());
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'invalid-page.html');

describe('html-validate config', () => {
	it('fails a page with duplicate ids, an image without alt and wrongly nested tags', async () => {
		const report = await validator.validateFile(FIXTURE);
		expect(report.valid).toBe(false);
		const rules = new Set(report.results.flatMap((result) => result.messages.map((message) => message.ruleId)));
		expect(rules).toContain('no-dup-id');
		expect(rules).toContain('wcag/h37');
		expect(rules).toContain('close-order');
	});

	it('accepts the Starlight markup whose rules are switched off, and nothing more', async () => {
		const starlightLike = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8" /><title>Hoofdstuk 1: Introductie | Samenvatting Sales- en accountmanagement</title></head>
<body><a href="#_top">Ga naar inhoud</a><div id="_top"><button data-open-modal>Zoeken</button>
<svg aria-hidden="true" style="--sl-icon-size: 1em;"></svg></div></body></html>`;
		const report = await validator.validateString(starlightLike, join(import.meta.dirname, 'starlight.html'));
		expect(report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
	});
});
