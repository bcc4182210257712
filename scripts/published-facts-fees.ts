// The 25 published fee rows of the research notes (beyond.md §2), one record each, in the notes'
// order. `source_ids` is the publication a figure is attributed to; `cited_via` the reports it
// was read through. Every fee is the price one migrant pays, as the sources quote it
// (`per-person`). The reference date is the one the notes give (GloSOM 2018: data to about 2016).

type Fee = Record<string, unknown> & { n: number };

const glosom = { source_ids: ['src-unodc-glosom-2018'], cited_via: ['src-tellerreport-2019-11-08'], verification: 'read-in-secondary', source_quality: 2, date: '2016', collection_method: 'media' };
const glosomNote = 'UNODC Global Study 2018 (data to about 2016), read in a translated news summary; verify against the primary.';
const iom = { source_ids: ['src-iom-2016-smuggling-review'], verification: 'read-in-primary', source_quality: 3, date: '2016' };
const range = (amount_min: number, amount_max: number) => ({ statistic: 'range', amount_min, amount_max });
const about = (amount: number) => ({ statistic: 'about', amount });

const rows: Fee[] = [
  { n: 1, ...glosom, ...range(27000, 47000), currency: 'USD', from_region: 'southern-asia', to_country: 'USA', transport_mode: 'air', journey_scope: 'whole-journey', notes: `Nepal and India to the United States, by air. ${glosomNote}` },
  { n: 2, ...glosom, ...range(15000, 30000), currency: 'USD', from_country: 'IND', to_region: 'europe', transport_mode: 'air', journey_scope: 'whole-journey', notes: `India to Europe, by air. ${glosomNote}` },
  { n: 3, ...glosom, ...range(10000, 15000), currency: 'USD', from_country: 'AFG', to_region: 'western-europe', transport_mode: 'air', journey_scope: 'whole-journey', notes: `Afghanistan to Western Europe, by air. ${glosomNote}` },
  { n: 4, ...glosom, ...about(10000), currency: 'USD', from_country: 'AFG', to_region: 'western-europe', transport_mode: 'land', journey_scope: 'whole-journey', notes: `Afghanistan to Western Europe, overland. ${glosomNote}` },
  { n: 5, ...glosom, ...range(12000, 18000), currency: 'USD', from_country: 'PAK', to_region: 'western-europe', transport_mode: 'air', journey_scope: 'whole-journey', notes: `Pakistan to Western Europe, by air. ${glosomNote}` },
  { n: 6, ...glosom, ...range(7000, 15000), currency: 'USD', from_country: 'VNM', to_region: 'western-europe', transport_mode: 'mixed', journey_scope: 'whole-journey', notes: `Viet Nam to Western Europe, by air and land. ${glosomNote}` },
  { n: 7, ...glosom, ...range(4000, 15000), currency: 'USD', route: 'central-america-to-us', from_region: 'central-america', to_country: 'USA', transit_countries: ['MEX'], transport_mode: 'land', notes: `Central America to the United States through Mexico, by road. ${glosomNote}` },
  { n: 8, ...glosom, ...range(3000, 8000), currency: 'USD', from_country: 'PAK', to_region: 'western-europe', transport_mode: 'land', journey_scope: 'whole-journey', notes: `Pakistan to Western Europe, by road. ${glosomNote}` },
  { n: 9, ...glosom, ...range(1000, 8000), currency: 'USD', service_type: 'sea-crossing', route: 'eastern-mediterranean', from_country: 'TUR', to_country: 'GRC', transport_mode: 'sea', journey_scope: 'leg', notes: `Turkish coast to the Greek islands, by sea. ${glosomNote}` },
  { n: 10, ...glosom, ...range(5000, 7500), currency: 'USD', route: 'english-channel', from_country: 'FRA', to_country: 'GBR', journey_scope: 'leg', notes: `France to the United Kingdom, by sea or through the Channel Tunnel (mode not separated). ${glosomNote}` },
  { n: 11, ...glosom, ...about(5000), currency: 'USD', from_country: 'MEX', to_country: 'USA', transport_mode: 'land', notes: `Mexico to the United States, by road. ${glosomNote}` },
  { n: 12, ...glosom, verification: 'partial-excerpt', statistic: 'about', amount_as_stated: 'about $4,00… (the excerpt stops here)', currency: 'USD', to_country: 'LBY', transport_mode: 'land', journey_scope: 'leg', notes: `Eritrea, Sudan or Ethiopia to Libya, overland. The excerpt is truncated: the amount is not recorded. ${glosomNote}` },
  { n: 13, ...iom, statistic: 'single', amount: 3000, amount_as_stated: '3,000; to reach Greece 5,500', currency: 'USD', from_country: 'AFG', transit_countries: ['IRN', 'TUR'], notes: 'Afghanistan, through Iran and Turkey; 5,500 to reach Greece. The IOM review quotes a press report (Stamouli 2016).' },
  { n: 14, ...iom, ...range(4000, 6000), currency: 'USD', from_country: 'AFG', to_region: 'europe', journey_scope: 'whole-journey', notes: 'Afghanistan to Europe: the range the IOM review calls widely cited.' },
  { n: 15, ...iom, date: '2015', statistic: 'share-in-band', respondent_share_percent: 74, amount_min: 1000, amount_max: 5000, amount_as_stated: '74 % paid 1,000-5,000; 16 % paid more than 5,000', currency: 'USD', from_country: 'AFG', route: 'western-balkans', collection_method: 'migrant-survey', notes: 'Afghans interviewed by IOM in Balkan countries, 2015-16.' },
  { n: 16, ...iom, date: '2014-03', ...range(8000, 12500), amount_as_stated: '8,000-12,500 (Al Jazeera, March 2014); 4,200-7,000 (later IOM interviews)', currency: 'USD', from_country: 'AFG', to_country: 'IDN', route: 'asia-pacific', collection_method: 'media', notes: 'Afghanistan to Indonesia: the press figure of March 2014, with the lower range of later IOM interviews (about 2016) as stated.' },
  { n: 17, ...iom, ...range(20000, 25000), service_type: 'documents-and-travel', currency: 'USD', from_country: 'AFG', transport_mode: 'air', journey_scope: 'whole-journey', notes: 'Afghanistan to a destination by air, passport, visa and tickets included; destination not given.' },
  { n: 18, source_ids: ['src-iom-dtm-2016-cost-of-journey'], verification: 'read-in-primary', source_quality: 4, date: '2016', statistic: 'majority-in-band', amount_min: 1000, amount_max: 5000, currency: 'USD', route: 'western-balkans', journey_scope: 'whole-journey', collection_method: 'migrant-survey', notes: 'Most respondents of the five main nationalities on the Western Balkan route (Syrians, Afghans, Iraqis, Pakistanis, Moroccans) reported paying 1,000-5,000 per person for the whole journey, January-November 2016 (summary read).' },
  { n: 19, source_ids: ['src-ap-2021-channel-smuggling'], cited_via: ['src-csmonitor-2021-11-29'], verification: 'read-in-secondary', source_quality: 3, date: '2021', ...range(3000, 7000), service_type: 'sea-crossing', currency: 'EUR', route: 'english-channel', from_country: 'FRA', to_country: 'GBR', transport_mode: 'sea', journey_scope: 'leg', collection_method: 'media', notes: 'English Channel by small boat; varies by network.' },
  { n: 20, source_ids: ['src-ap-2021-channel-smuggling'], cited_via: ['src-wirenewsfax-channel-smugglers'], verification: 'read-in-secondary', source_quality: 2, date: '2021', ...about(4000), currency: 'EUR', journey_scope: 'leg', collection_method: 'law-enforcement', notes: 'A leg through Central Europe, per Austrian authorities quoted by AP.' },
  { n: 21, source_ids: ['src-telegraph-nca-channel-prices'], verification: 'read-in-secondary', source_quality: 2, date: '2020', statistic: 'mean', amount: 3000, amount_min: 500, amount_as_stated: 'average fell from 4,500 to 3,000; lowest 500; "bespoke" crossings up to £10,000', currency: 'EUR', service_type: 'sea-crossing', route: 'english-channel', to_country: 'GBR', transport_mode: 'sea', journey_scope: 'leg', collection_method: 'law-enforcement', notes: 'English Channel by small boat, about 2020: National Crime Agency figures as reported by The Telegraph. The bespoke price is in GBP.' },
  { n: 22, source_ids: ['src-mailonline-channel-prices-2024'], verification: 'weak-secondary', source_quality: 1, date: '2024', ...range(5000, 6000), amount_as_stated: '5,000-6,000 (against 3,000-4,000 "this summer")', service_type: 'sea-crossing', currency: 'GBP', route: 'english-channel', to_country: 'GBR', transport_mode: 'sea', journey_scope: 'leg', collection_method: 'media', notes: 'English Channel by small boat, 2024; weak source (aggregator copy of a press report).' },
  { n: 23, source_ids: ['src-handelsblatt-high-price-of-hope'], verification: 'read-in-primary', source_quality: 2, date: '2015', ...range(1000, 4000), service_type: 'sea-crossing', currency: 'USD', route: 'central-mediterranean', from_country: 'LBY', to_country: 'ITA', transport_mode: 'sea', journey_scope: 'leg', collection_method: 'media', notes: 'Libya to Italy, sea passage, for the "average migrant", about 2015.' },
  { n: 24, source_ids: ['src-afp-2011-08-31-south-asia-europe'], cited_via: ['src-havocscope-south-asia-europe'], verification: 'weak-secondary', source_quality: 1, date: '2011', ...range(2000, 4000), currency: 'EUR', from_region: 'southern-asia', to_region: 'western-europe', transit_countries: ['SRB', 'HUN'], collection_method: 'media', notes: 'South Asia (India, Pakistan, Afghanistan) to Germany, Austria or Switzerland through Serbia and Hungary.' },
  { n: 25, source_ids: ['src-unodc-2013-toc-east-asia'], cited_via: ['src-havocscope-chinese-migrants-us'], verification: 'read-in-secondary', source_quality: 2, date: '2013', statistic: 'up-to', amount_max: 50000, currency: 'USD', from_country: 'CHN', to_country: 'USA', journey_scope: 'whole-journey', notes: 'China to the United States: up to 50,000.' },
];

export const fees = rows.map(({ n, ...r }) => ({
  id: `fee-published-${String(n).padStart(2, '0')}`,
  record_type: 'fee-observation',
  themes: ['business-model', 'evidence-base'],
  sensitivity: 'public',
  date_precision: String(r.date).length === 7 ? 'month' : 'year',
  service_type: 'other',
  price_basis: 'per-person',
  ...r,
}));
