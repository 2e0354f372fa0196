/** `@pagefind/default-ui` ships no types; the part `pagefind-ui.ts` uses. */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
		triggerFilters(filters: Record<string, string | string[]>): void;
		destroy(): void;
	}
}
