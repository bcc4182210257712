// UK prosecution series (beyond.md §5), each in its own unit and period as published, and the
// headline estimates of the UNODC Global Study 2018. The UK series are not interchangeable:
// CPS counts offences charged, the Home Office charges and convictions from enforcement action,
// the court proceedings database defendants; calendar and financial years are kept apart.

const agg = { record_type: 'aggregate-observation', sensitivity: 'public', themes: ['business-model', 'evidence-base'], count_convention: 'reported', country: 'GBR', country_role: 'reporting' } as const;

// HL7292 (CPS, calendar years, England and Wales): offences charged under s.25 / s.25A / s.25B.
const hl7292: [number, number, number, number][] = [[2018, 309, 8, 1], [2019, 291, 5, 0], [2020, 139, 2, 0], [2021, 249, 134, 5], [2022, 155, 6, 0]];
const sections = [['s25', 's.25 (assisting unlawful immigration)'], ['s25a', 's.25A (helping an asylum-seeker to enter)'], ['s25b', 's.25B (breach of a deportation or exclusion order)']] as const;
const cpsCalendar = hl7292.flatMap(([year, ...values]) =>
  values.map((value, i) => ({
    ...agg, id: `agg-uk-cps-offences-${year}-${sections[i][0]}`, source_ids: ['src-uk-parl-hl7292-2023'], verification: 'read-in-primary', source_quality: 5,
    indicator: 'prosecutions', unit: 'offences', value, period_start: String(year), period_precision: 'year', period_type: 'calendar', jurisdiction: 'England and Wales',
    legal_basis: `Immigration Act 1971 ${sections[i][1]}`, reporting_entity: 'Crown Prosecution Service',
    notes: 'Offences in which a prosecution commenced (CPS Case Management Information System): offences, not defendants; no outcomes.',
  })),
);

// Answer 128183 (CPS, financial years 2010-11 … 2019-20): s.25(1) / 25(2) / 25A(1) / 25B(1).
const fy: [number, number, number, number, number][] = [
  [2010, 397, 4, 3, 5], [2011, 390, 0, 6, 1], [2012, 430, 0, 13, 2], [2013, 311, 0, 2, 0], [2014, 382, 0, 0, 1],
  [2015, 321, 0, 13, 0], [2016, 440, 0, 4, 0], [2017, 330, 1, 14, 0], [2018, 295, 0, 8, 1], [2019, 273, 0, 1, 0],
];
const fySections = [['s25-1', 's.25(1)'], ['s25-2', 's.25(2)'], ['s25a-1', 's.25A(1)'], ['s25b-1', 's.25B(1)']] as const;
const cpsFinancial = fy.flatMap(([start, ...values]) =>
  values.map((value, i) => ({
    ...agg, id: `agg-uk-cps-offences-fy${start}-${String(start + 1).slice(2)}-${fySections[i][0]}`, source_ids: ['src-uk-parl-128183'], verification: 'read-in-primary', source_quality: 5,
    indicator: 'prosecutions', unit: 'offences', value, period_start: String(start), period_end: String(start + 1), period_precision: 'year', period_type: 'financial-year',
    jurisdiction: 'England and Wales', legal_basis: `Immigration Act 1971 ${fySections[i][1]}`, reporting_entity: 'Crown Prosecution Service',
    notes: `Financial year ${start}-${String(start + 1).slice(2)}: offences charged in which a prosecution commenced (CPS Case Management Information System).`,
  })),
);

const homeOffice = [
  ['charges', 'charges', 311],
  ['convictions', 'convictions', 292],
].map(([indicator, unit, value]) => ({
  ...agg, id: `agg-uk-ho-ie-${indicator}-2018-2020`, source_ids: ['src-uk-ho-foi-66313'], verification: 'read-in-primary', source_quality: 4,
  indicator, unit, value, period_start: '2018', period_end: '2020', period_precision: 'year', period_type: 'calendar',
  legal_basis: 'Immigration Act 1971 s.25 (facilitating illegal entry)', reporting_entity: 'Home Office Immigration Enforcement',
  notes: `${unit === 'charges' ? 'Charges' : 'Convictions'} from Immigration Enforcement action, 2018-2020 combined; none of the convicted received the 14-year maximum; convictions may relate to earlier charges.`,
}));

const courts2005 = [
  ['convictions', 84, 'found guilty'],
  ['defendants-sentenced', 103, 'sentenced'],
  ['immediate-custody', 94, 'given immediate custody'],
].map(([indicator, value, words]) => ({
  ...agg, id: `agg-uk-courts-2005-${indicator}`, source_ids: ['src-uk-hansard-2007-06-15'], verification: 'read-in-primary', source_quality: 5,
  indicator, unit: 'defendants', value, period_start: '2005', period_precision: 'year', period_type: 'calendar', jurisdiction: 'England and Wales',
  legal_basis: 'Immigration Act 1971 s.25(1)(a)', reporting_entity: 'Office for Criminal Justice Reform',
  notes: `Defendants ${words} in 2005 (court proceedings database), as printed: the answer gives more defendants sentenced than found guilty.`,
}));

const hansard1996: [number, number][] = [[1985, 21], [1986, 25], [1987, 41], [1988, 41], [1989, 28], [1990, 46], [1991, 73], [1992, 63], [1993, 33], [1994, 124]];
const prosecuted = hansard1996.map(([year, value]) => ({
  ...agg, id: `agg-uk-prosecuted-s25-1-${year}`, source_ids: ['src-uk-hansard-1996-01-09'], verification: 'read-in-primary', source_quality: 5,
  indicator: 'prosecutions', unit: 'defendants', value, period_start: String(year), period_precision: 'year', period_type: 'calendar', jurisdiction: 'England and Wales',
  legal_basis: 'Immigration Act 1971 s.25(1) (knowingly facilitating the entry of an illegal entrant; principal offence)', reporting_entity: 'Home Office',
  notes: 'Persons prosecuted, counted by principal offence.',
}));

const glosom = { record_type: 'aggregate-observation', sensitivity: 'public', themes: ['business-model', 'evidence-base'], source_ids: ['src-unodc-glosom-2018'], cited_via: ['src-tellerreport-2019-11-08'], verification: 'read-in-secondary', source_quality: 3, period_start: '2016', period_precision: 'year', period_type: 'calendar', reporting_entity: 'UNODC' } as const;
const glosomHeadlines = [
  { ...glosom, id: 'agg-glosom-2018-migrants-smuggled-2016', indicator: 'migrants-smuggled', unit: 'persons', value: 2500000, count_convention: 'minimum',
    notes: 'At least 2.5 million migrants smuggled worldwide in 2016 (global estimate; no country). Read in a secondary report; verify against the primary.' },
  { ...glosom, id: 'agg-glosom-2018-smuggling-revenue-2016', indicator: 'smuggling-revenue', unit: 'usd', value: 5500000000, value_min: 5500000000, value_max: 7000000000, count_convention: 'reported',
    notes: 'Income of smugglers from smuggling in 2016: US$ 5.5-7 billion (global estimate), kept as a range. Read in a secondary report; verify against the primary.' },
];

export const ukSeries = [...cpsCalendar, ...cpsFinancial, ...homeOffice, ...courts2005, ...prosecuted];
export const headlineEstimates = glosomHeadlines;
