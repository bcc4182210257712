// What the published record says: the Smuggling Protocol's status, published fees by how they
// were read, and UK prosecution figures kept in their own units. Every number printed is
// recomputed from the records of datasets/published-facts.
// Usage: npx tsx examples/published-facts.ts
import { loadDataset } from 'smuggling-evidence/node';

const data = await loadDataset('published-facts');
type Row = Record<string, any>;
const aggregates = (data['aggregate-observation'] ?? []) as Row[];
const treaty = (data['treaty-action'] ?? []) as Row[];
const fees = (data['fee-observation'] ?? []) as Row[];

const total = (indicator: string, date: string) => aggregates.find((r) => r.indicator === indicator && r.period_start === date)?.value;
console.log(`Smuggling Protocol, as at 2024-04-26: ${total('treaty-parties', '2024-04-26')} parties, ${total('treaty-signatories', '2024-04-26')} signatories (UNTC).`);
const first = new Set(treaty.filter((r) => r.source_ids.includes('src-un-news-2003-11-84492')).map((r) => r.country));
console.log(`Parties when it was set to enter into force (UN News, November 2003): ${first.size}.`);

// How each fee was read: a figure read through a chain of reports is weaker than the primary.
const byVerification = new Map<string, number>();
for (const f of fees) byVerification.set(f.verification ?? 'unknown', (byVerification.get(f.verification ?? 'unknown') ?? 0) + 1);
console.log(`${fees.length} published fees: ${[...byVerification].map(([k, n]) => `${n} ${k}`).join(', ')}.`);

// UK figures come in different units: never add offences, charges, convictions and defendants.
const uk = aggregates.filter((r) => r.country === 'GBR');
const byUnit = new Map<string, number>();
for (const r of uk) byUnit.set(`${r.indicator} (${r.unit})`, (byUnit.get(`${r.indicator} (${r.unit})`) ?? 0) + 1);
console.log('UK series, records per indicator and unit:');
for (const [k, n] of byUnit) console.log(`  ${k}: ${n}`);
