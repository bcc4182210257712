// Treaty actions and status totals of the Smuggling of Migrants Protocol (UNTC XVIII-12-b), as
// three sources give them: the UNTC totals as at 26 April 2024, the 40 parties UN News listed in
// November 2003 (when the Protocol was set to enter into force), and the first rows of the
// Dutch Tractatenblad 2010 table. Nothing is extended from memory: a State a source does not
// list has no record from that source.

const treatyBase = { record_type: 'treaty-action', themes: ['legal-capacity'], sensitivity: 'public', treaty: 'som-protocol' } as const;

// UN News, November 2003: the 40 parties at the time (Azerbaijan deposited the 40th instrument).
// The story gives no dates or kinds of consent, so each is `consent-to-be-bound` as at 2003-11.
const unNews40: [string, string?][] = [
  ['ALB'], ['ARG'], ['ARM'], ['AZE'], ['BLR'], ['BIH'], ['BWA'], ['BGR'], ['BFA'], ['CAN'], ['CRI'], ['HRV'], ['CYP'], ['ECU'],
  ['FRA'], ['GMB'], ['JAM'], ['KGZ'], ['LAO'], ['LVA'], ['LTU'], ['MLI'], ['MLT'], ['MUS'], ['MEX'], ['MCO'], ['NAM'], ['NZL'],
  ['NGA'], ['NOR'], ['PER'], ['PHL'], ['POL'], ['ROU'], ['SEN'], ['SRB', 'Serbia and Montenegro'], ['ESP'], ['TJK'], ['TUN'], ['TUR', 'Turkey'],
];

// Tractatenblad 2010 nr. 318, section E: [State, signature, consent, type R/T, in force].
const trb: [string, string | null, string | null, 'R' | 'T' | null, string | null][] = [
  ['ALB', '2000-12-12', '2002-08-21', 'R', '2004-01-28'],
  ['DZA', '2001-06-06', '2004-03-09', 'R', '2004-04-08'],
  ['ATG', null, '2010-02-17', 'T', '2010-03-19'],
  ['ARG', '2000-12-12', '2002-11-19', 'R', '2004-01-28'],
  ['ARM', '2001-11-15', '2003-07-01', 'R', '2004-01-28'],
  ['AUS', '2001-12-21', '2004-05-27', 'R', '2004-06-26'],
  ['AZE', '2000-12-12', '2003-10-30', 'R', '2004-01-28'],
  ['BHS', '2001-04-09', '2008-09-26', 'R', '2008-10-26'],
  ['BHR', null, '2004-06-07', 'T', '2004-07-07'],
  ['BRB', '2001-09-26', null, null, null],
  ['BLR', '2000-12-14', '2003-06-25', 'R', '2004-01-28'],
  ['BEL', '2000-12-12', '2004-08-11', 'R', '2004-09-10'],
  ['BLZ', null, '2006-09-14', 'T', '2006-10-14'],
  ['BEN', '2002-05-17', '2004-08-30', 'R', '2004-09-29'],
  ['BOL', '2000-12-12', null, null, null],
  ['BIH', '2000-12-12', '2002-04-24', 'R', '2004-01-28'],
  ['BWA', '2002-04-10', '2002-08-29', 'R', '2004-01-28'],
  ['BRA', '2000-12-12', '2004-01-29', 'R', '2004-02-28'],
  ['BGR', '2000-12-13', '2001-12-05', 'R', '2004-01-28'],
  ['BFA', '2000-12-15', '2002-05-15', 'R', '2004-01-28'],
  ['BDI', '2000-12-14', null, null, null],
  ['KHM', '2001-11-11', '2005-12-12', 'R', '2006-01-11'],
  ['CAN', '2000-12-14', '2002-05-13', 'R', '2004-01-28'],
  ['CAF', null, '2006-10-06', 'T', '2006-11-05'],
  ['CHL', '2002-08-08', '2004-11-29', 'R', '2004-12-29'],
  ['COD', null, '2005-10-28', 'T', '2005-11-27'],
  ['COG', '2000-12-14', null, null, null],
  ['CRI', '2001-03-16', '2003-08-07', 'R', '2004-01-28'],
  ['CYP', '2000-12-12', '2003-08-06', 'R', '2004-01-28'],
];

const lower = (c: string) => c.toLowerCase();

export const treatyActions: (Record<string, unknown> & { id: string; source_ids: string[] })[] = [
  ...unNews40.map(([country, actingAs]) => ({
    ...treatyBase, id: `treaty-som-${lower(country)}-party-2003`, source_ids: ['src-un-news-2003-11-84492'], verification: 'read-in-primary', source_quality: 4,
    country, ...(actingAs ? { acting_as: actingAs } : {}), action: 'consent-to-be-bound', status_as_at: '2003-11',
    ...(country === 'AZE' ? { notes: 'Deposited the 40th instrument, which brought the Protocol into force (art. 22).' } : {}),
  })),
  ...trb.flatMap(([country, signed, consent, type, inForce]) => {
    const common = { ...treatyBase, source_ids: ['src-nl-trb-2010-318'], verification: 'read-in-primary', source_quality: 5, country, status_as_at: '2010' };
    const out: (Record<string, unknown> & { id: string; source_ids: string[] })[] = [];
    if (signed) out.push({ ...common, id: `treaty-som-${lower(country)}-signature-trb2010`, action: 'signature', action_date: signed, action_date_precision: 'day',
      ...(consent ? {} : { notes: 'No ratification, acceptance, approval or accession listed as at 2010.' }) });
    if (consent) out.push({ ...common, id: `treaty-som-${lower(country)}-consent-trb2010`, action: type === 'T' ? 'accession' : 'ratification-acceptance-approval',
      action_date: consent, action_date_precision: 'day', ...(inForce ? { in_force_date: inForce } : {}), notation: type!,
      ...(type === 'R' ? { notes: 'Tractatenblad type R: ratification, acceptance or approval, not distinguished.' } : {}) });
    return out;
  }),
  {
    ...treatyBase, id: 'treaty-som-srb-ratification-2001', source_ids: ['src-ius-bg-som-protocol'], verification: 'weak-secondary', source_quality: 2,
    country: 'SRB', acting_as: 'Yugoslavia (Federal Republic of Yugoslavia)', action: 'ratification', action_date: '2001-09-06', action_date_precision: 'day',
    notes: 'Secondary source: ratified by the Federal Republic of Yugoslavia; verify against UNTC.',
  },
];

const aggBase = {
  record_type: 'aggregate-observation', themes: ['legal-capacity', 'evidence-base'], sensitivity: 'public', treaty: 'som-protocol',
  unit: 'treaty-participants', count_convention: 'reported', period_type: 'other',
} as const;

export const treatyTotals = [
  { ...aggBase, id: 'agg-untc-som-parties-2024-04-26', source_ids: ['src-untc-xviii-12-b-2024'], verification: 'read-in-primary', source_quality: 5,
    indicator: 'treaty-parties', value: 152, period_start: '2024-04-26', period_precision: 'day', reporting_entity: 'UN Secretary-General (depositary)',
    notes: 'Parties as at 26 April 2024, as the UNTC status page counts them (States and the European Union).' },
  { ...aggBase, id: 'agg-untc-som-signatories-2024-04-26', source_ids: ['src-untc-xviii-12-b-2024'], verification: 'read-in-primary', source_quality: 5,
    indicator: 'treaty-signatories', value: 112, period_start: '2024-04-26', period_precision: 'day', reporting_entity: 'UN Secretary-General (depositary)',
    notes: 'Signatories as at 26 April 2024 (signature closed on 12 December 2002).' },
  { ...aggBase, id: 'agg-un-news-som-parties-2003-11', source_ids: ['src-un-news-2003-11-84492'], verification: 'read-in-primary', source_quality: 4,
    indicator: 'treaty-parties', value: 40, period_start: '2003-11', period_precision: 'month', reporting_entity: 'UN News',
    notes: 'The 40 parties listed when the 40th instrument (Azerbaijan) was deposited; each is a treaty-action record.' },
];
