import { describe, expect, it } from 'vitest';
import { normalizePdf, pdfDate, sourceDate } from '../../../src/handouts/reproducible-pdf.ts';

/** The parts of a Chromium PDF that change per render, around some binary bytes. */
const pdf = (stamp: string, ids: [string, string]) =>
	Buffer.concat([
		Buffer.from(
			`%PDF-1.4\n1 0 obj\n<</ID (node${ids[0]}) /K [2 0 R]>>\n2 0 obj\n<</ID (node${ids[1]}) /P (node${ids[0]})>>\n`,
			'latin1',
		),
		Buffer.from([0xd3, 0xeb, 0x00, 0xff, 0x80]),
		Buffer.from(`\n<</CreationDate (D:${stamp}+00'00') /ModDate (D:${stamp}+00'00')>>\n%%EOF`, 'latin1'),
	]);

describe('normalizePdf', () => {
	const date = new Date('2026-11-01T12:00:00Z');

	it('makes two renders of the same page identical, without changing the length', () => {
		const a = pdf('20261128052452', ['00003124', '00003125']);
		const b = pdf('20261128061003', ['00007711', '00007712']);
		expect(a.equals(b)).toBe(false);
		const [na, nb] = [normalizePdf(a, date), normalizePdf(b, date)];
		expect(na.equals(nb)).toBe(true);
		expect(na.length).toBe(a.length);
		const text = na.toString('latin1');
		expect(text).toContain(`/CreationDate (D:20261101120000+00'00')`);
		expect(text).toContain(`/ModDate (D:20261101120000+00'00')`);
		// References keep pointing at the same element.
		expect(text).toContain('<</ID (node00000001) /K [2 0 R]>>');
		expect(text).toContain('<</ID (node00000002) /P (node00000001)>>');
		// Binary bytes pass through untouched.
		expect(na.subarray(a.indexOf(0xd3), a.indexOf(0xd3) + 5)).toEqual(Buffer.from([0xd3, 0xeb, 0x00, 0xff, 0x80]));
	});

	it('formats PDF dates in UTC', () => {
		expect(pdfDate(new Date('2026-03-04T05:06:07Z'))).toBe("20260304050607+00'00'");
	});
});

describe('sourceDate', () => {
	it('prefers SOURCE_DATE_EPOCH, then the commit time', () => {
		expect(sourceDate(process.cwd(), { SOURCE_DATE_EPOCH: '1700000000' })?.toISOString()).toBe(
			'2023-11-14T22:13:20.000Z',
		);
		const commit = sourceDate(process.cwd(), {});
		expect(commit).toBeInstanceOf(Date);
		expect(commit!.getTime()).toBeLessThanOrEqual(Date.now());
	});

	it('gives up outside a git checkout without SOURCE_DATE_EPOCH', () => {
		expect(sourceDate('/', {})).toBeUndefined();
	});
});
