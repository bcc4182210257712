// Tests run the built CLI (dist/cli.js). Build it only when it is missing;
// `npm test` builds in pretest, so this only costs time in a bare `vitest run`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(repoRoot, 'dist/cli.js');

/**
 * Build dist/ only when it is missing: `npm test` builds first (pretest), and a rebuild
 * here would wipe dist/ under test files running in parallel.
 */
export function ensureBuilt(): void {
  if (existsSync(cliPath)) return;
  execFileSync('npx', ['tsup'], { cwd: repoRoot, stdio: 'ignore', timeout: 180_000 });
}

/** What to give the CLI besides its arguments: standard input, environment variables. */
export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
}

/**
 * Run the built CLI; never throws on a non-zero exit. Colour is off (NO_COLOR) unless
 * `options.env` says otherwise; FORCE_COLOR and TERM from the caller's shell are dropped.
 */
export function runCli(args: string[], cwd = repoRoot, options: RunOptions = {}): { code: number; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, TERM: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env, input: options.input });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Run the built CLI from the repo root and return Node's spawnSync result
 * (`status`, `stdout`, `stderr`); builds dist/ first if it is missing.
 */
export function spawnCli(...args: string[]) {
  ensureBuilt();
  return spawnSync(process.execPath, [cliPath, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 26 });
}
