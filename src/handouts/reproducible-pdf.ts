/**
 * Makes Chromium's PDFs byte-identical between builds of the same commit. Chromium stamps the render time into
 * /CreationDate and /ModDate and names tagged-PDF structure elements after DOM node ids (`(node00003636)`), which
 * differ per render. Both are rewritten in place with values of the same length, so the xref offsets stay valid.
 */
import { execFileSync } from 'node:child_process';

const DATE = /(\/(?:CreationDate|ModDate) \(D:)\d{14}[+-]\d\d'\d\d'/g;
const NODE_ID = /\(node(\d+)\)/g;

/** `D:`-date digits and offset for a moment, in UTC: `20261128052452+00'00'`. */
export function pdfDate(date: Date): string {
	const iso = date.toISOString(); // 2026-11-28T05:24:52.000Z
	return `${iso.slice(0, 19).replace(/\D/g, '')}+00'00'`;
}

/** The PDF with a fixed date and structure ids numbered in order of appearance; same length as the input. */
export function normalizePdf(pdf: Buffer, date: Date): Buffer {
	// latin1 maps bytes 1:1 to characters, so binary streams survive the round trip untouched.
	let text = pdf.toString('latin1');
	text = text.replace(DATE, (_, key: string) => key + pdfDate(date));
	const ids = new Map<string, string>();
	text = text.replace(NODE_ID, (_, digits: string) => {
		let renamed = ids.get(digits);
		if (!renamed) {
			renamed = String(ids.size + 1).padStart(digits.length, '0');
			ids.set(digits, renamed);
		}
		return `(node${renamed})`;
	});
	const out = Buffer.from(text, 'latin1');
	if (out.length !== pdf.length)
		throw new Error('normalizePdf changed the length of the PDF; its offsets would break.');
	return out;
}

/**
 * The date the PDFs carry: SOURCE_DATE_EPOCH (the reproducible-builds convention) if set, else the time of the
 * commit being built, else undefined (then Chromium's own timestamp stays).
 */
export function sourceDate(cwd: string, env: NodeJS.ProcessEnv = process.env): Date | undefined {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
	try {
		const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000) : undefined;
	} catch {
		return undefined;
	}
}
