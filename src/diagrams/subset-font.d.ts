// subset-font ships no types; this is the part of its documented API the build uses (src/diagrams/font.ts).
declare module 'subset-font' {
	interface SubsetFontOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2';
		/** OpenType feature tags to keep; default all. */
		keepFeatures?: string[];
		preserveNameIds?: number[];
	}
	export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
