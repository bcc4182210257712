// Small literal records whose summaries are worked out by hand in the tests.
import type { AggregateObservation, CooperationAction, CourtCase, Incident, Source } from '../../src/model/types.generated.js';

const base = { sensitivity: 'public' as const };

export const incidents: Incident[] = [
  { ...base, id: 'inc-a', themes: ['safety-dignity', 'business-model'], source_ids: ['src-1'], date: '2019-03-01', date_precision: 'day', country: 'LBY', region: 'mediterranean', route: 'central-mediterranean', dead: 5, missing: 2, count_convention: 'minimum' },
  { ...base, id: 'inc-b', themes: ['safety-dignity'], source_ids: ['src-1', 'src-2'], date: '2019-11', date_precision: 'month', country: 'ITA', route: 'central-mediterranean', dead: 1, count_convention: 'minimum' },
  { ...base, id: 'inc-c', themes: ['safety-dignity'], source_ids: ['src-3'], date: '2020', date_precision: 'year', country: 'TUR', route: 'eastern-mediterranean', survivors: 40, count_convention: 'best' },
  { ...base, id: 'inc-d', themes: ['business-model'], source_ids: ['src-2'], date: '2020-06-15', date_precision: 'day', country: 'MEX', dead: 0, count_convention: 'minimum' },
];

export const courtCases = [
  { ...base, id: 'case-1', themes: ['business-model', 'legal-capacity'], source_ids: ['src-4'], country: 'GRC', stage: 'final', charges: ['som-6-1-a'], decision_date: '2018-05', defendants: 3, defendants_convicted: 2 },
  { ...base, id: 'case-2', themes: ['business-model'], source_ids: ['src-4'], country: 'GRC', stage: 'trial', charges: ['som-6-1-a'], defendants: 1 },
  { ...base, id: 'case-3', themes: ['business-model'], source_ids: ['src-5'], country: 'ITA', stage: 'final', charges: ['som-6-1-a'], decision_date: '2020', defendants: 4, defendants_convicted: 4, smuggled_migrants: 60 },
] satisfies CourtCase[];

export const cooperation = [
  { ...base, id: 'coop-1', themes: ['cooperation'], source_ids: ['src-4'], action_type: 'joint-investigation-team', start_date: '2021-02', start_date_precision: 'month', requesting_country: 'ITA', countries: ['ITA', 'LBY', 'TUN'], arrests: 12 },
] satisfies CooperationAction[];

export const observations = [
  { ...base, id: 'agg-1', themes: ['safety-dignity'], source_ids: ['src-6'], indicator: 'migrants-assisted', unit: 'persons', value: 120, period_start: '2023', period_precision: 'year', country: 'ITA', count_convention: 'reported' },
  { ...base, id: 'agg-2', themes: ['safety-dignity'], source_ids: ['src-6'], indicator: 'migrants-assisted', unit: 'persons', value: 7, period_start: '2023', period_precision: 'year', country: 'ITA', breakdown_sex: 'female', count_convention: 'reported' },
  { ...base, id: 'agg-3', themes: ['safety-dignity'], source_ids: ['src-6'], indicator: 'migrants-assisted', unit: 'persons', value: 113, period_start: '2023', period_precision: 'year', country: 'ITA', breakdown_sex: 'male', count_convention: 'reported' },
  { ...base, id: 'agg-4', themes: ['evidence-base'], source_ids: ['src-7'], indicator: 'ibc-detections', unit: 'detections', value: 158026, period_start: '2023', period_precision: 'year', route: 'central-mediterranean', count_convention: 'reported' },
  { ...base, id: 'agg-5', themes: ['safety-dignity'], source_ids: ['src-6'], indicator: 'migrants-assisted', unit: 'persons', suppressed: true, suppression_rule: 'source', period_start: '2024', period_precision: 'year', country: 'ITA', count_convention: 'reported' },
] satisfies AggregateObservation[];

export const sources = [
  { ...base, id: 'src-1', themes: ['evidence-base'], title: 'Missing Migrants Project', publisher: 'IOM', publisher_type: 'igo', source_type: 'dataset', year: 2024, source_quality: 4 },
  { ...base, id: 'src-2', themes: ['evidence-base'], title: 'A news report', publisher: 'A newspaper', publisher_type: 'media', source_type: 'media-report', year: 2019, source_quality: 2 },
] satisfies Source[];
