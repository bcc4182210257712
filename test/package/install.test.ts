// The packed tarball installs and imports in a fresh folder, from an ESM script and
// from a TypeScript project. Without network, `npm install <tgz>` cannot fetch the
// dependencies, so the tarball is unpacked into node_modules/smuggling-evidence and the
// repository's installed dependencies are linked beside it: the same layout npm makes.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let app: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  app = mkdtempSync(join(tmpdir(), 'se-install-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: root, encoding: 'utf8' });
  const tgz = join(app, JSON.parse(out)[0].filename);
  const target = join(app, 'node_modules', 'smuggling-evidence');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', target, '--strip-components=1']);
  // The runtime dependencies, plus flechette, which arquero brings and our Arrow writer uses.
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), '@uwdata/flechette']) {
    const link = join(app, 'node_modules', dep);
    if (existsSync(link)) continue;
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), link, 'dir');
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
}, 120_000);

describe('the packed package in a fresh folder', () => {
  it('imports from an ESM script: main entry, node entry and a schema subpath', () => {
    writeFileSync(
      join(app, 'check.mjs'),
      `import { getValidator, recordTypes } from 'smuggling-evidence';
import * as node from 'smuggling-evidence/node';
import schema from 'smuggling-evidence/schemas/incident.schema.json' with { type: 'json' };
const validate = getValidator('incident');
const ok = validate({ id: 'inc-1', themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public',
  date: '2017', date_precision: 'year', country: 'TUR', count_convention: 'minimum' });
console.log(JSON.stringify({ ok, types: recordTypes.length, node: typeof node.getValidator, title: schema.title }));
`,
    );
    const r = spawnSync(process.execPath, ['check.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, types: 9, node: 'function', title: 'Incident' });
  });

  it('type-checks a TypeScript consumer with the repository\'s tsc', () => {
    const dir = join(app, 'ts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['index.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'index.ts'),
      `import { getValidator, recordTypes, type Incident, type RecordType } from 'smuggling-evidence';
const types: readonly RecordType[] = recordTypes;
const incident: Incident = { id: 'inc-1', themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public',
  date: '2017', date_precision: 'year', country: 'TUR', count_convention: 'minimum' };
const ok: boolean = getValidator('incident')(incident);
// @ts-expect-error: not a record type
getValidator('incidents');
export { types, ok };
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs the CLI from the unpacked package', () => {
    const r = spawnSync(process.execPath, [join(app, 'node_modules/smuggling-evidence/dist/cli.js'), '--version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
