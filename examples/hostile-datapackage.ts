/**
 * What happens to a hostile contribution: a datapackage.json whose resource climbs out of its folder, another that
 * names a URL, and a JSON file with `__proto__` and unknown keys. Nothing outside the folder is read, nothing is
 * fetched, and every record with an error is counted invalid.
 *
 * Run: npx tsx examples/hostile-datapackage.ts [folder]   (writes under the folder, default a temp folder)
 * The command-line equivalent:
 *   smuggling-evidence validate <folder>/pkg            (add --allow-remote to fetch https: resources)
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeMarkdown, formatReport } from 'smuggling-evidence';
import { validateFile } from 'smuggling-evidence/node';

const root = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'hostile-'));
const pkg = join(root, 'pkg');
mkdirSync(pkg, { recursive: true });
writeFileSync(join(root, 'secret.csv'), 'id,record_type\ninc-secret,incident\n');
writeFileSync(join(pkg, 'incident.json'), '[{"record_type":"incident","id":"inc-1","__proto__":{"polluted":true},"Dead":3}]');
writeFileSync(
  join(pkg, 'datapackage.json'),
  JSON.stringify({
    name: '../../escape',
    resources: [
      { name: 'incident', path: 'incident.json' },
      { name: 'court-case', path: '../secret.csv' },
      { name: 'source', path: 'http://169.254.169.254/latest/meta-data' },
    ],
  }),
);

const report = await validateFile(pkg);
console.log(formatReport(report));
console.log(`\n${report.stats.rows} rows = ${report.stats.valid} valid + ${report.stats.invalid} invalid`);
console.log(`prototype untouched: ${({} as { polluted?: boolean }).polluted === undefined}`);
console.log(`a title from the data, escaped for Markdown: ${escapeMarkdown('<script>alert(1)</script> [x](javascript:y)')}`);
process.exitCode = report.valid ? 0 : 1;
