/** Small DOM helpers the trainer and the quiz elements share. */

/** The element for `selector` under `root`; its absence is a bug in the server-rendered markup, so it throws. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`Study mode: missing ${selector}`);
	return element;
}

/** The text of the element for `selector`, with its white space collapsed. */
export const textOf = (root: Element, selector: string): string =>
	required(root, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * An announcer for a polite live region (`role="status"`): the region is cleared first and written a moment later,
 * so the same sentence twice is still read out.
 */
export function announcer(status: HTMLElement): (message: string) => void {
	let timer: number | undefined;
	return (message) => {
		status.textContent = '';
		window.clearTimeout(timer);
		timer = window.setTimeout(() => (status.textContent = message), 50);
	};
}
