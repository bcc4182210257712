// Writes datasets/istanbul-2017 from the facts in the abstracts of two IOM reports (read on
// publications.iom.int). Every value below is stated in those abstracts; nothing is inferred.
// Usage: npx tsx scripts/build-istanbul-2017.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from './dataset-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allThemes = ['legal-capacity', 'safety-dignity', 'business-model', 'evidence-base', 'cooperation'];
const title = 'Regional Conference on Counter Migrant Smuggling: Innovative Ideas and New Models of Cooperation';

const sources = [
  {
    id: 'src-iom-2018-istanbul-conference-report',
    record_type: 'source',
    themes: allThemes,
    sensitivity: 'public',
    title: 'Promoting Innovative Ideas and Supporting New Models of Cooperation in Addressing Migrant Smuggling',
    publisher: 'International Organization for Migration (IOM)',
    publisher_type: 'un',
    source_type: 'conference-report',
    year: 2018,
    published_date: '2018-06-22',
    url: 'https://publications.iom.int/es/books/promoting-innovative-ideas-and-supporting-new-models-cooperation-addressing-migrant-smuggling',
    coverage_countries: ['TUR'],
    coverage_start: '2017-07-05',
    coverage_end: '2017-07-06',
    notes:
      'IOM report on the Istanbul conference of 5-6 July 2017: key messages, discussion points and conclusions under five themes, with the authors\' analytical reflections and policy recommendations. Publication date is the upload date on publications.iom.int.',
  },
  {
    id: 'src-iom-2018-vienna-side-event-report',
    record_type: 'source',
    themes: ['cooperation', 'evidence-base', 'legal-capacity'],
    sensitivity: 'public',
    title: 'Reflecting on the Necessity of International Cooperation and Supporting New Models of Cooperation to Counter Migrant Smuggling',
    publisher: 'International Organization for Migration (IOM)',
    publisher_type: 'un',
    source_type: 'conference-report',
    year: 2018,
    published_date: '2018-06-08',
    url: 'https://publications.iom.int/books/reflecting-necessity-international-cooperation-and-supporting-new-models-cooperation-counter',
    coverage_start: '2017-09-04',
    notes:
      'IOM report on the follow-up side event at the fifth informal thematic session of the global compact for migration (Vienna, 4 September 2017). Publication date is the upload date on publications.iom.int.',
  },
];

const note70 = 'More than 70 participants: the report gives no exact number, so 70 is a lower bound.';

const cooperation = [
  {
    id: 'coop-istanbul-2017',
    record_type: 'cooperation-action',
    themes: allThemes,
    source_ids: ['src-iom-2018-istanbul-conference-report'],
    sensitivity: 'public',
    action_type: 'regional-conference',
    title,
    start_date: '2017-07-05',
    start_date_precision: 'day',
    end_date: '2017-07-06',
    venue_country: 'TUR',
    organiser_countries: ['TUR'],
    countries: ['TUR'],
    facilitators: ['iom'],
    status: 'held',
    participants: 70,
    notes: `Hosted by the Government of Turkey with support from IOM, in Istanbul. Participants came from countries in the region affected by the surge of smuggled migrants moving towards Europe (not listed in the abstract, so only the host is coded). Five themes: legal frameworks and capacity-building; safety and dignity of migrants; the business model of organized criminal networks; the evidence base; regional and international cooperation. ${note70}`,
  },
  {
    id: 'coop-vienna-2017-side-event',
    record_type: 'cooperation-action',
    themes: ['cooperation', 'evidence-base', 'legal-capacity'],
    source_ids: ['src-iom-2018-vienna-side-event-report'],
    sensitivity: 'public',
    action_type: 'regional-conference',
    title: 'Side event: Reflecting on the Necessity of International Cooperation and Supporting New Models of Cooperation to Counter Migrant Smuggling',
    start_date: '2017-09-04',
    start_date_precision: 'day',
    // Organised by Türkiye in Vienna: the venue is AUT; `requesting_country` is for requests
    // (mutual legal assistance, extradition), not for who organised a meeting.
    venue_country: 'AUT',
    organiser_countries: ['TUR'],
    countries: ['TUR'],
    facilitators: ['iom', 'unodc'],
    status: 'held',
    participants: 50,
    notes:
      'Organized by the Government of Turkey, co-hosted by IOM and UNODC, at the fifth informal thematic session of the global compact for migration in Vienna (venue AUT); around 50 representatives of governments, civil society, international organizations and academia (50 is approximate). The participating States are not listed in the abstract, so only the organiser is in `countries`.',
  },
];

const capacity = [
  {
    id: 'cap-istanbul-2017',
    record_type: 'capacity-building',
    themes: allThemes,
    source_ids: ['src-iom-2018-istanbul-conference-report'],
    sensitivity: 'public',
    activity_type: 'conference',
    title,
    provider: 'Government of Turkey (host), with support from IOM',
    countries: ['TUR'],
    host_country: 'TUR',
    beneficiary_institutions: ['academia', 'international-organisation', 'other'],
    topics: ['definition-criminalization', 'migrants-rights-protection', 'data-collection', 'international-cooperation'],
    start_date: '2017-07-05',
    start_date_precision: 'day',
    end_date: '2017-07-06',
    participants: 70,
    notes: `Experts from governments, research institutes, academia and intergovernmental organizations ("other" = government experts); panellists with expertise in law enforcement, migration management, border management and criminal justice. Objective: innovative ideas to disrupt, detect and prosecute migrant smugglers, and new models of cooperation. ${note70}`,
  },
];

writeDataset(
  path.join(root, 'datasets/istanbul-2017'),
  {
    name: 'istanbul-2017',
    title: 'Istanbul 2017 Regional Conference on Counter Migrant Smuggling',
    description:
      'The Regional Conference on Counter Migrant Smuggling (Istanbul, 5-6 July 2017) and its follow-up side event (Vienna, 4 September 2017), with the IOM reports on them, as evidence records. Facts are taken from the reports\' abstracts.',
    version: '1.1.0',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    sources: sources.map((s) => ({ title: `${s.publisher}, ${s.title} (${s.year})`, path: s.url })),
    contributors: [{ title: 'smuggling-evidence contributors', roles: ['creator'] }],
    keywords: ['migrant smuggling', 'Istanbul', 'IOM', 'regional conference', 'cooperation'],
  },
  [
    { type: 'source', records: sources, description: 'The two IOM reports.' },
    { type: 'cooperation-action', records: cooperation, description: 'The conference and the side event as cooperation actions.' },
    { type: 'capacity-building', records: capacity, description: 'The conference as a capacity-building activity.' },
  ],
  `# istanbul-2017

The **Regional Conference on Counter Migrant Smuggling: Innovative Ideas and New Models of Cooperation**,
held in Istanbul on 5–6 July 2017, hosted by the Government of Turkey with support from the International
Organization for Migration (IOM), with more than 70 participants. Its five themes are the five themes of
this library: (a) legal frameworks and capacity-building, (b) safety and dignity of migrants, (c) the
business model of organized criminal networks, (d) the evidence base, (e) regional and international
cooperation. The dataset also records the follow-up side event in Vienna (4 September 2017).

| file | records |
| --- | --- |
| \`source.csv\` | the two IOM reports (2018) |
| \`cooperation-action.csv\` | the conference and the side event |
| \`capacity-building.csv\` | the conference as a capacity-building activity |

Every value comes from the abstracts of the IOM reports on publications.iom.int; where the abstract says
"more than 70" or "around 50", the count is the stated number and a note says so.

Cite as: smuggling-evidence contributors (2026). *Istanbul 2017 Regional Conference on Counter Migrant
Smuggling* (dataset, version 1.1.0). Based on IOM (2018), *Promoting Innovative Ideas and Supporting New
Models of Cooperation in Addressing Migrant Smuggling*. Licence CC-BY-4.0.

Version 1.1.0 (schema 1.1.0): the conference and the side event carry \`venue_country\` and
\`organiser_countries\`; the side event's venue is Vienna (AUT) and its organiser Türkiye, which 1.0.0 had put in
\`requesting_country\` (a field for requests such as mutual legal assistance).

Regenerate: \`npx tsx scripts/build-istanbul-2017.ts\`.
`,
);
console.log('wrote datasets/istanbul-2017');
