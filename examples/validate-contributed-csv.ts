/**
 * Check a spreadsheet someone sent you before merging it: read it as people really save
 * CSV (Excel's `;`, Windows-1252, thousands separators), validate every row against the
 * schema and the cross-field rules, and print a report by row and field.
 *
 * Run: npx tsx examples/validate-contributed-csv.ts [file.csv] [record-type]
 * The command-line equivalent:
 *   smuggling-evidence validate their.csv --type incident
 *   smuggling-evidence validate their.csv --type incident --format json > report.json
 */
import { formatReport, fromCSV, isRecordType, validateRecords } from 'smuggling-evidence';
import { validateFile } from 'smuggling-evidence/node';

const file = process.argv[2] ?? new URL('../test/fixtures/validate/incident-messy.csv', import.meta.url).pathname;
const type = process.argv[3] ?? 'incident';
if (!isRecordType(type)) throw new Error(`unknown record type "${type}"`);

// 1. From a file path (Node): streamed, so a file of any size is checked in bounded memory.
const report = await validateFile(file, { type });
console.log(formatReport(report, { color: process.stdout.isTTY }));

// 2. The same check from text you already hold (a browser upload, an email attachment):
//    loaders keep row numbers, so the report points at the rows the contributor sees.
const text = `id,themes,source_ids,sensitivity,date,date_precision,country,count_convention,dead
inc-1,safety-dignity,src-iom-mmp,public,2017-02-30,day,ITA,minimum,"1,022"`;
const loaded = fromCSV(text, { type, groupChar: ',' }); // "1,022" is then 1022, not an error
const small = validateRecords(loaded);
for (const e of small.errors) console.log(`${e.code}: ${e.message}`);
// → type-error: row 2, field `date`: '2017-02-30' is not a real calendar date (February 2017 has 28 days)

// 3. Decide: every row counted, nothing dropped.
const { rows, valid, invalid } = report.stats;
console.log(`\n${rows} rows = ${valid} valid + ${invalid} invalid → ${report.valid ? 'ready to merge' : 'send back with the report'}`);
process.exitCode = report.valid ? 0 : 1;
