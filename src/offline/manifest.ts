/**
 * The web app manifest and its icons, made at build time from the site's own sources: the icons from
 * `public/favicon.svg` (with sharp), the colours from that icon and from Starlight's page background, the names from
 * the Starlight config. So the site can be installed on a phone's home screen.
 *
 * Erasable TypeScript: used by the offline plugin (src/offline/index.ts) and by unit tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { BASE, withBase } from '../shared/urls.ts';

export const MANIFEST_TYPE = 'application/manifest+json';

export interface SiteColours {
	/** The icon's own background colour: the brand colour, also the fill behind a maskable icon. */
	brand: string;
	/** Starlight's page background (light theme, the default): the splash screen and title bar of the app. */
	background: string;
}

/** The `fill` of the icon's first full-size shape (`<rect>`): the colour the icon is known by. */
export function iconColour(svg: string, file: string): string {
	const fill = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
	if (!fill) throw new Error(`${file}: found no <rect fill="#…"> to take the app's theme colour from.`);
	return fill.toLowerCase();
}

/**
 * Starlight's page background in the light theme (`--sl-color-bg` is `--sl-color-black`, set in the
 * `:root[data-theme='light']` block), read from its stylesheet so a new Starlight version cannot leave the app behind.
 */
export function starlightBackground(css: string, file: string): string {
	const match = /:root\[data-theme='light'\],\s*\[data-theme='light'\] ::backdrop\s*\{/.exec(css);
	if (!match) throw new Error(`${file}: cannot find the light theme's block of Starlight's colours.`);
	const block = css.slice(match.index, css.indexOf('}', match.index));
	const value = /--sl-color-black:\s*([^;]+);/.exec(block)?.[1]?.trim();
	if (!value) throw new Error(`${file}: no --sl-color-black (the page background) in the light theme.`);
	return value;
}

const require = createRequire(import.meta.url);

export function siteColours(faviconFile: string): SiteColours {
	// props.css is not in Starlight's package exports; it sits next to markdown.css, which is.
	const propsFile = join(dirname(require.resolve('@astrojs/starlight/style/markdown.css')), 'props.css');
	return {
		brand: iconColour(readFileSync(faviconFile, 'utf8'), faviconFile),
		background: starlightBackground(readFileSync(propsFile, 'utf8'), propsFile),
	};
}

export interface IconFile {
	/** Path inside dist/, e.g. `/icons/icon-192.png` (its URL is under the base path: `withBase(path)`). */
	path: string;
	size: number;
	purpose: 'any' | 'maskable';
}

/** 192 and 512 px as the icon is (rounded corners), and a 512 px maskable one filled to the edge. */
export const ICONS: readonly IconFile[] = [
	{ path: '/icons/icon-192.png', size: 192, purpose: 'any' },
	{ path: '/icons/icon-512.png', size: 512, purpose: 'any' },
	{ path: '/icons/maskable-512.png', size: 512, purpose: 'maskable' },
];

/** iOS ignores the manifest's icons and wants a square one without transparency: the maskable one is exactly that. */
export const APPLE_TOUCH_ICON = withBase('icons/maskable-512.png');

/**
 * One icon as PNG. The SVG is rendered at the density that gives `size` pixels, so it stays sharp. A maskable icon
 * is the same drawing with its transparent corners filled with the brand colour: a launcher may cut it to any shape
 * and only keeps the middle 80%, where the favicon's letter already sits.
 */
export async function renderIcon(svg: string, icon: IconFile, brand: string): Promise<Buffer> {
	const width = Number(/viewBox="[\d.]+ [\d.]+ ([\d.]+) [\d.]+"/.exec(svg)?.[1] ?? 0);
	if (!width) throw new Error('favicon.svg: a viewBox is needed to render the app icons at their size.');
	let image = sharp(Buffer.from(svg), { density: (72 * icon.size) / width }).resize(icon.size, icon.size);
	if (icon.purpose === 'maskable') image = image.flatten({ background: brand });
	return image.png({ compressionLevel: 9 }).toBuffer();
}

export interface ManifestInput {
	name: string;
	shortName: string;
	description: string;
	colours: SiteColours;
}

export function webManifest({ name, shortName, description, colours }: ManifestInput): Record<string, unknown> {
	return {
		// The whole app lives under the base path (a project site's own folder on github.io).
		id: BASE,
		name,
		short_name: shortName,
		description,
		lang: 'nl',
		dir: 'ltr',
		start_url: BASE,
		scope: BASE,
		display: 'standalone',
		// The splash screen and the title bar of the installed app take the page's background.
		background_color: colours.background,
		theme_color: colours.background,
		icons: ICONS.map((icon) => ({
			src: withBase(icon.path),
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}
