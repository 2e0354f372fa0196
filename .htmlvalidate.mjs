/**
 * html-validate over the built site (`npm run test:html`). The recommended preset, minus only the rules that
 * Starlight's own markup trips; our own pages must pass everything else.
 */
export default {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		// Expressive Code (Starlight's code blocks) wraps each line in <div class="ec-line"> inside <code>.
		{ code: { permittedContent: ['@phrasing', 'div'] } },
		// Handouts set each page's running title with an in-body <style is:inline> (@page margin boxes take no
		// page-specific value from a stylesheet); all browsers apply it. Moving it into <head> would be cleaner.
		{ style: { flow: true } },
	],
	rules: {
		// Astro writes void elements as `<meta />`; both spellings are valid HTML, this rule is style only.
		'void-style': 'off',
		// Starlight's search/menu buttons have no type; they sit outside any form, so the implicit "submit" does nothing.
		'no-implicit-button-type': 'off',
		// Starlight sets CSS custom properties and the dialog padding in style attributes.
		'no-inline-style': 'off',
		// Starlight appends " | <site title>" (41 characters) to every page title, so most titles pass 70.
		'long-title': 'off',
		// Starlight renders the table of contents twice (phone and desktop, one hidden by CSS) with the same name.
		'unique-landmark': 'off',
		// Starlight's <Steps> puts role="list" on its <ol> on purpose: Safari drops list semantics with list-style: none.
		'no-redundant-role': 'off',
		// Starlight's skip-link target is id="_top": valid HTML5 (ids need no leading letter), so check HTML5 rules.
		'valid-id': ['error', { relaxed: true }],
	},
};
