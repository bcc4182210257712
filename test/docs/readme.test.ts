// The README cannot drift from the code: its shell commands run (through `npx`, against the
// built CLI linked as npm links it, on the shipped data), the output it shows is the output
// the CLI prints, its TypeScript snippets typecheck against the package, and its Python
// snippet runs. A command that cannot run here is listed below with the reason.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themes, recordTypes, idPrefix } from 'smuggling-evidence';
import { cliPath, ensureBuilt, repoRoot } from '../helpers/built-cli.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** Fenced code blocks by language, in order. */
function blocks(lang: string): string[] {
  return [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === lang).map((m) => m[2]);
}

/** Shell commands: every line of the sh blocks, and inline `npx smuggling-evidence …` spans in the prose. */
function shellCommands(): string[] {
  const fenced = blocks('sh').flatMap((b) => b.split('\n'));
  const prose = readme.replace(/^```\w*\n[\s\S]*?^```$/gm, '');
  const inline = [...prose.matchAll(/`(npx smuggling-evidence [^`]+)`/g)].map((m) => m[1]);
  return [...fenced, ...inline].map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

// Commands not run, and why. Everything else must run.
const notRun: [RegExp, string][] = [
  [/^npm (ci|install|test|start|run)\b/, 'installs or runs the project itself: CI (.ci/run) runs these'],
  [/^bash scripts\/check-package\.sh$/, 'packs the project: CI runs it, test/package covers the tarball'],
  [/^npx smuggling-evidence (<command>|validate|summarize) *(--help)?$/, 'a placeholder for any command'],
  [/import missing-migrants Missing_Migrants_Global_Figures\.csv/, 'needs an MMP download; test/cli/import.test.ts runs it on the public file'],
  [/summarize mmp\.csv/, 'reads the output of the MMP import above; test/cli/import.test.ts checks the 2,048 figure'],
  [/import missing-migrants MissingMigrants-Global-2020|(link|dedupe) mmp2[02]\.csv|indicator sdg-10\.7\.3 union\.csv/, 'needs two MMP downloads; test/link and test/indicator run them on the public files'],
];
// Commands that are meant to fail, with their exit code.
const exitCode: [RegExp, number][] = [[/validate their\.csv/, 1]];

let work: string;

beforeAll(() => {
  ensureBuilt();
  // A user's folder: the package's shipped data, and the CLI linked into node_modules/.bin as npm links it.
  work = realpathSync(mkdtempSync(join(tmpdir(), 'se-readme-')));
  for (const d of ['examples', 'datasets', 'schemas', 'test']) symlinkSync(join(repoRoot, d), join(work, d), 'dir');
  mkdirSync(join(work, 'node_modules/.bin'), { recursive: true });
  symlinkSync(cliPath, join(work, 'node_modules/.bin/smuggling-evidence'));
  // "their.csv": the file someone sent, as the README's validate example assumes (invalid).
  copyFileSync(join(repoRoot, 'test/fixtures/validate/incident-messy.csv'), join(work, 'their.csv'));
}, 200_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

function sh(command: string) {
  const r = spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('README', () => {
  it('starts with the two fresh-clone commands', () => {
    const head = readme.split('\n').slice(0, 8).join('\n');
    expect(head).toContain('npm ci && npm start');
    expect(head).toContain('npm ci && npm test');
  });

  it.each(themes.map((t) => [t.id, t] as const))('theme table row for %s matches the schemas', (id, theme) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `no README row for theme ${id}`).toBeDefined();
    expect(row).toContain(`(${theme.letter})`);
    expect(row!.split('|').at(-2)!.trim()).toBe(theme.recordTypes.join(', '));
  });

  it.each(recordTypes.map((t) => [t]))('record type table lists %s with its id prefix', (type) => {
    expect(readme).toContain(`| \`${type}\` | \`${idPrefix(type)}-\` |`);
  });
});

describe('README shell commands', () => {
  const commands = shellCommands();
  const runnable = commands.filter((c) => !notRun.some(([re]) => re.test(c)));

  it('finds the commands, and every exception still matches one', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(8);
    for (const [re, why] of notRun) expect(commands.some((c) => re.test(c)), `${re} (${why}) matches no README command`).toBe(true);
  });

  // In README order: later commands use files earlier ones wrote (template → validate → convert).
  it.each(runnable.map((c) => [c]))('%s', (command) => {
    const r = sh(command);
    const expected = exitCode.find(([re]) => re.test(command))?.[1] ?? 0;
    expect({ code: r.code, stderr: r.code === expected ? '' : r.stderr }).toEqual({ code: expected, stderr: '' });
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
  });

  it('shows the output the CLI prints ($ lines in text blocks, up to "...")', () => {
    const shown = blocks('text').filter((b) => b.startsWith('$ '));
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) {
      const [first, ...rest] = block.split('\n');
      const expected = rest.slice(0, rest.findIndex((l) => l.trim() === '...') >>> 0);
      const actual = sh(first.slice(2)).stdout.split('\n');
      expect(actual.slice(0, expected.length)).toEqual(expected);
    }
  });
});

describe('README snippets', () => {
  it('typechecks every TypeScript snippet against the package', () => {
    const snippets = blocks('ts');
    expect(snippets.length).toBeGreaterThan(2);
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'se-readme-ts-')));
    try {
      symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const files = snippets.map((code, i) => {
        const file = `snippet-${i + 1}.ts`;
        writeFileSync(join(dir, file), `${code}\nexport {};\n`);
        return file;
      });
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022', lib: ['ES2023', 'DOM'], module: 'ESNext', moduleResolution: 'Bundler', strict: true,
            resolveJsonModule: true, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ['node'],
            // Snippets import more than they use (the Install block lists the entries).
            noUnusedLocals: false,
            paths: {
              'smuggling-evidence': [join(repoRoot, 'src/index.ts')],
              'smuggling-evidence/node': [join(repoRoot, 'src/node.ts')],
              'smuggling-evidence/schemas/*': [join(repoRoot, 'schemas/*')],
            },
          },
          files,
        }),
      );
      const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  const python = spawnSync('python3', ['-c', 'import jsonschema, referencing'], { encoding: 'utf8' });
  if (python.status !== 0) console.warn('[skip] README Python snippet: python3 with jsonschema and referencing is not installed');
  it.skipIf(python.status !== 0)('runs the Python jsonschema snippet: it ignores x- keywords and, with the checker, rejects 2017-02-30', () => {
    const [code] = blocks('python');
    const r = spawnSync('python3', ['-'], { cwd: repoRoot, input: code, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("$.date '2017-02-30' is not a 'partial-date'\n");
  });
});
