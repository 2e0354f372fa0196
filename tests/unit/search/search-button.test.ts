import { describe, expect, it } from 'vitest';
import { labelSearchButtonByText, MOBILE_LABEL_CLASS } from '../../../src/search/search-button.ts';

// What Starlight 0.42's Search component renders for the button (trimmed to the parts that matter).
const STARLIGHT_BUTTON = `<site-search data-translations="{&quot;placeholder&quot;:&quot;Zoeken&quot;}"><button data-open-modal disabled aria-label="Zoeken" aria-keyshortcuts="Control+K"><svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block" aria-hidden="true">Zoeken</span><kbd class="sl-hidden md:sl-flex" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Zoeken"></dialog></site-search>`;

describe('labelSearchButtonByText', () => {
	it('names the button by its visible word and hides the shortcut hint from assistive tech', () => {
		const html = labelSearchButtonByText(STARLIGHT_BUTTON);
		const button = html.match(/<button[^>]*>/)?.[0] ?? '';
		expect(button).not.toContain('aria-label');
		expect(button).toContain('aria-keyshortcuts="Control+K"');
		expect(html).toContain(`<span class="${MOBILE_LABEL_CLASS} md:sl-block">Zoeken</span>`);
		expect(html).toMatch(/<kbd class="sl-hidden md:sl-flex" style="display: none;" aria-hidden="true">/);
		// The dialog keeps its own label, and the translations attribute survives the round trip.
		expect(html).toContain('<dialog aria-label="Zoeken">');
		expect(html).toMatch(/data-translations="\{(&#x22;|&quot;)placeholder/);
	});

	it('stops the build when Starlight changes the button markup', () => {
		expect(() => labelSearchButtonByText('<button data-open-modal>Zoeken</button>')).toThrow(/no longer/);
		expect(() => labelSearchButtonByText('<div></div>')).toThrow(/data-open-modal/);
	});
});
