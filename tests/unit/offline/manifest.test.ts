import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
	ICONS,
	iconColour,
	renderIcon,
	siteColours,
	starlightBackground,
	webManifest,
} from '../../../src/offline/manifest.ts';

const FAVICON = join(import.meta.dirname, '..', '..', '..', 'public', 'favicon.svg');
const svg = readFileSync(FAVICON, 'utf8');

describe('site colours', () => {
	it('take the brand colour from the favicon and the page background from Starlight', () => {
		const colours = siteColours(FAVICON);
		expect(colours.brand).toBe(iconColour(svg, FAVICON));
		expect(colours.brand).toMatch(/^#[0-9a-f]{6}$/);
		// Starlight's light theme is white.
		expect(colours.background).toBe('hsl(0, 0%, 100%)');
	});

	it('stop with the file named when the icon has no coloured shape or Starlight moved its colours', () => {
		expect(() => iconColour('<svg viewBox="0 0 32 32"><path d="M0 0h1"/></svg>', 'public/favicon.svg')).toThrow(
			/public\/favicon\.svg: found no <rect fill/,
		);
		expect(() => starlightBackground(':root { --sl-color-black: red; }', 'props.css')).toThrow(
			/props\.css: cannot find/,
		);
		const noBlack = ":root[data-theme='light'], [data-theme='light'] ::backdrop { --x: 1; }";
		expect(() => starlightBackground(noBlack, 'props.css')).toThrow(/props\.css: no --sl-color-black/);
	});

	it('read the light theme, not the dark one that comes first', () => {
		const css = `:root, ::backdrop { --sl-color-black: #111; }
:root[data-theme='light'], [data-theme='light'] ::backdrop { --sl-color-black: #fefefe; }`;
		expect(starlightBackground(css, 'props.css')).toBe('#fefefe');
	});
});

describe('icons', () => {
	it('are rendered at their size from the favicon; the maskable one has no transparent pixels', async () => {
		for (const icon of ICONS) {
			const png = await renderIcon(svg, icon, '#1d4ed8');
			const { width, height, format } = await sharp(png).metadata();
			expect({ width, height, format }, icon.path).toEqual({ width: icon.size, height: icon.size, format: 'png' });
			const { channels } = await sharp(png).stats();
			const alphaMin = channels[3]?.min ?? 255;
			// The plain icons keep the favicon's rounded corners; a maskable icon must fill its square.
			if (icon.purpose === 'maskable') expect(alphaMin, icon.path).toBe(255);
			else expect(alphaMin, icon.path).toBe(0);
		}
	});

	it('come out the same on every build (reproducible dist/)', async () => {
		const icon = ICONS[0]!;
		expect((await renderIcon(svg, icon, '#1d4ed8')).equals(await renderIcon(svg, icon, '#1d4ed8'))).toBe(true);
	});

	it('need a viewBox to know the drawing size', async () => {
		await expect(renderIcon('<svg><rect fill="#000"/></svg>', ICONS[0]!, '#000')).rejects.toThrow(/viewBox/);
	});
});

describe('webManifest', () => {
	it('is Dutch, standalone, starts at the home page and lists every icon with its purpose', () => {
		const manifest = webManifest({
			name: 'Samenvatting',
			shortName: 'Sam',
			description: 'Uitleg',
			colours: { brand: '#1d4ed8', background: '#fff' },
		});
		expect(manifest).toMatchObject({
			name: 'Samenvatting',
			short_name: 'Sam',
			lang: 'nl',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			background_color: '#fff',
			theme_color: '#fff',
		});
		expect(manifest['icons']).toEqual(
			ICONS.map((icon) => ({
				src: icon.path,
				sizes: `${icon.size}x${icon.size}`,
				type: 'image/png',
				purpose: icon.purpose,
			})),
		);
	});
});
