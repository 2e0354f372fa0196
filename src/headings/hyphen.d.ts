/** The part of the `hyphen` package's Dutch hyphenator the site uses (the package ships no types; CommonJS). */
declare module 'hyphen/nl' {
	const dutch: {
		hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
	};
	export default dutch;
}
