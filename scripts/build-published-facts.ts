// Writes datasets/published-facts: cited facts about the Smuggling of Migrants Protocol's status,
// published smuggling fees, UK prosecution series and the UNODC Global Study's headline
// estimates. Every value is one the project's research notes mark as read in the cited source;
// every record cites a source record. Usage: npx tsx scripts/build-published-facts.ts [out-dir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../src/validate/validate-dataset.js';
import { writeDataset } from './dataset-files.js';
import { sources } from './published-facts-sources.js';
import { treatyActions, treatyTotals } from './published-facts-treaty.js';
import { fees } from './published-facts-fees.js';
import { headlineEstimates, ukSeries } from './published-facts-aggregates.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const aggregates = [...treatyTotals, ...ukSeries, ...headlineEstimates];
const tables = [
  { type: 'source' as const, records: sources, description: 'Every publication a fact was read in or is attributed to, with pages, language and intermediaries.' },
  { type: 'treaty-action' as const, records: treatyActions, description: 'Per-State actions on the Smuggling Protocol: the 40 parties of November 2003 (UN News), the Tractatenblad 2010 rows read (Albania to Cyprus), and one secondary ratification.' },
  { type: 'fee-observation' as const, records: fees, description: 'The 25 published fee figures, with the chain they were read through (cited_via) and how they were read (verification).' },
  { type: 'aggregate-observation' as const, records: aggregates, description: 'Protocol status totals; UK prosecution series in their own units and periods; GloSOM 2018 headline estimates with ranges.' },
];

// Refuse to write a dataset that does not validate: schemas, rules, ids and references.
const report = validateDataset(tables.map((t) => ({ name: `${t.type}.csv`, type: t.type, data: t.records as Record<string, unknown>[] })));
const problems = [...report.errors, ...report.warnings];
if (problems.length) throw new Error(problems.slice(0, 10).map((p) => `${p.file ?? ''} row ${p.row}: ${p.message}`).join('\n'));

const version = '1.0.0';
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'datasets/published-facts'));
writeDataset(
  outDir,
  {
    name: 'published-facts',
    title: 'Published facts on migrant smuggling: Protocol status, fees and prosecutions',
    description:
      'Cited facts as published: the status of the Smuggling of Migrants Protocol (152 parties and 112 signatories as at 26 April 2024; the 40 first parties; the first rows of the Dutch treaty series table of 2010), 25 published smuggling fees with the chain of reports they were read through, UK prosecution series in their own units and periods, and the headline estimates of the UNODC Global Study on Smuggling of Migrants 2018.',
    version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 for our compilation; each fact remains the work of its cited publisher' }],
    sources: sources.filter((s) => s.url).map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url! })),
    contributors: [{ title: 'smuggling-evidence contributors', roles: ['creator'] }],
    keywords: ['Smuggling of Migrants Protocol', 'UNTC XVIII-12-b', 'smuggling fees', 'prosecutions', 'GloSOM', 'cited facts'],
  },
  tables,
  readme(),
);
console.log(`wrote ${outDir}: ${sources.length} sources, ${treatyActions.length} treaty actions, ${fees.length} fees, ${aggregates.length} aggregates`);

function readme(): string {
  const count = (src: string) => treatyActions.filter((r) => r.source_ids[0] === src).length;
  return `# published-facts

Facts on migrant smuggling **as they were published**, each citing a \`source\` record (\`source_ids\`) and, when it
is a citation of a citation, the reports it was read through (\`cited_via\`). \`verification\` says how each was
read: in the primary (\`read-in-primary\`), in a secondary report to check against the primary
(\`read-in-secondary\`), in a truncated excerpt (\`partial-excerpt\`) or in a weak secondary (\`weak-secondary\`).

| file | records | what |
| --- | --- | --- |
| \`source.csv\` | ${sources.length} | the publications, with pages, language, intermediaries |
| \`treaty-action.csv\` | ${treatyActions.length} | UN News 2003 (${count('src-un-news-2003-11-84492')} parties), Tractatenblad 2010 nr. 318 (${count('src-nl-trb-2010-318')} actions, rows Albania to Cyprus), one secondary ratification (Serbia, 2001) |
| \`fee-observation.csv\` | ${fees.length} | published fees: ranges, "about" values, shares of respondents by price band, means, upper bounds |
| \`aggregate-observation.csv\` | ${aggregates.length} | Protocol status totals (${treatyTotals.length}), UK prosecution series (${ukSeries.length}), GloSOM 2018 headline estimates (${headlineEstimates.length}) |

- **Protocol status** (UNTC XVIII-12-b, status as at 26 April 2024): 152 parties, 112 signatories. The full
  participant table was not read, so per-State actions come from the UN News list of the 40 parties of November
  2003 (kind of consent not given: \`consent-to-be-bound\`) and the Tractatenblad 2010 table, of which only the rows
  up to Cyprus were read (its type \`R\` merges ratification, acceptance and approval). No State is added from memory.
- **Fees**: the price one migrant pays (\`per-person\`), in the currency published; \`amount_as_stated\` keeps what the
  structured fields cannot (several figures, a truncated excerpt). Row 12's amount is truncated in the excerpt and is
  not recorded. Twelve GloSOM 2018 figures were read in a translated news summary: verify them against the primary.
- **UK series** are in three units that must not be added together: *offences* charged (CPS, England and Wales;
  calendar years 2018-2022 and financial years 2010-11 to 2019-20), *charges* and *convictions* from Immigration
  Enforcement action (2018-2020 combined), and *defendants* (court proceedings 2005; persons prosecuted 1985-1994).
- **GloSOM 2018**: at least 2.5 million migrants smuggled in 2016, for US$ 5.5-7 billion (a range: \`value_min\`,
  \`value_max\`). The AP's estimate of the Channel smugglers' 2021 income is press arithmetic, not recorded.

Not recorded: facts the notes tag \`[memory]\` or \`[not found]\`; the CPS quarterly table of 2005-2015 (not read).

Cite as: smuggling-evidence contributors (2026). *Published facts on migrant smuggling: Protocol status, fees and
prosecutions* (dataset, version ${version}). Licence CC-BY-4.0 for the compilation; cite the sources for each fact.

Regenerate: \`npx tsx scripts/build-published-facts.ts\`.
`;
}
