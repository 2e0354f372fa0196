/**
 * Every page of the built site, discovered from `dist/` so checks cover pages that other features add without
 * anyone listing them. URL paths (`/`, `/h1-introductie/`, `/404.html`), sorted.
 */
import { join } from 'node:path';
import { fileToUrlPath, htmlFiles } from '../../src/shared/dist.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function distPages(dir: string = DIST): string[] {
	return htmlFiles(dir).map(fileToUrlPath);
}
