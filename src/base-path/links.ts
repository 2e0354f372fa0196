/** Which written links get the base path: those from the site's root (`/x`), not `//host/x`, `#id` or `https:`. */
import { withBase } from '../shared/urls.ts';

export const fromRoot = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

/** `url` under the base path when it is written from the site's root; any other URL as it is. */
export const based = (url: string): string => (fromRoot(url) ? withBase(url) : url);
