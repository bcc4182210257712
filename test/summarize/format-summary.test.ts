import { describe, expect, it } from 'vitest';
import { formatSummary, summarize, toTable } from '../../src/summarize/index.js';
import { incidents, observations } from './fixtures.js';

describe('formatSummary', () => {
  it('prints a Markdown table with labels, separators, dashes for empty values and the notes', () => {
    const md = formatSummary(summarize(toTable(incidents, 'incident'), { by: 'route', measures: ['records', 'dead', 'survivors'] }), 'markdown');
    expect(md.split('\n').slice(0, 6)).toEqual([
      '| Route | Records | Dead | Survivors |',
      '| --- | ---: | ---: | ---: |',
      '| Central Mediterranean | 2 | 6 | – |',
      '| Eastern Mediterranean | 1 | – | 40 |',
      '| – | 1 | 0 | – |',
      '',
    ]);
    expect(md).toContain('- dead: persons, minimum estimates (at least this many).');
  });

  it('shows values hidden by the small-cell rule as "hidden", never the number', () => {
    const s = summarize(toTable(observations, 'aggregate-observation'), { by: 'breakdown_sex', measures: ['value'] });
    const text = formatSummary(s, 'text', { columns: ['breakdown_sex', 'indicator', 'value'] });
    expect(text).toMatch(/Female\s+Smuggled migrants assisted \(Protocol Art\. 16\)\s+hidden/);
    expect(text).not.toMatch(/\b7\b|\b113\b/);
    expect(text).toContain('Small-cell rule on value: values from 1 to 9 are hidden (lt10)');
  });

  it('leaves out measure columns no record reports, and says so', () => {
    const text = formatSummary(summarize(toTable(incidents, 'incident'), { by: 'theme' }), 'text');
    expect(text.split('\n')[0]).not.toMatch(/children/);
    expect(text).toMatch(/Not reported by any record, so left out: dead_and_missing, females, males, children\./);
  });
});
