/**
 * The validator page: wires the controls to a Web Worker that reads and validates, and
 * renders what it reports. This script holds no schema and no validator (those are in
 * worker.js), so the page itself stays light and never blocks while a file is checked.
 */
// @ts-ignore generated JavaScript without types
import { meta } from '../gen/meta.js';
import type { FromWorker, InputFile, Outcome, ToWorker } from './protocol.js';
import { fmt, h, plural } from './view/dom.js';
import { fromDrop, fromInput } from './view/pick-files.js';
import { byFieldTable, filesTable, filterIssues, issuesTable, summaryLine } from './view/render-report.js';
import { gapTable, themesChart, themesTable } from './view/render-themes.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const recordTypes = meta.recordTypes as string[];

let worker: Worker | undefined;
let current: InputFile[] = [];
let startedAt = 0;

function newWorker(): Worker {
  const w = new Worker('worker.js');
  w.onmessage = (ev: MessageEvent<FromWorker>) => onMessage(ev.data);
  w.onerror = (ev) => fail(`The checker stopped: ${ev.message || 'unknown problem'}`);
  return w;
}

function send(msg: ToWorker): void {
  worker ??= newWorker();
  worker.postMessage(msg);
}

function fail(message: string): void {
  $('progress-box').hidden = true;
  const box = $('failure');
  box.textContent = `Cannot check this input: ${message}`;
  box.hidden = false;
}

function start(files: InputFile[]): void {
  if (!files.length) return;
  current = files;
  const type = $<HTMLSelectElement>('type').value || null;
  $('chosen').textContent = files.length === 1 ? `Checking ${files[0].path}.` : `Checking ${plural(files.length, 'file')} picked, as one dataset.`;
  $('failure').hidden = true;
  $('result').hidden = true;
  $('progress-box').hidden = false;
  $<HTMLProgressElement>('progress').removeAttribute('value');
  $('progress-text').textContent = 'Starting…';
  startedAt = performance.now();
  send({ kind: 'validate', files, type: type as never });
}

function cancel(): void {
  worker?.terminate();
  worker = undefined;
  $('progress-box').hidden = true;
  $('chosen').textContent = 'Cancelled. Choose a file to check again.';
  $<HTMLInputElement>('file').focus();
}

function onMessage(m: FromWorker): void {
  if (m.kind === 'progress') {
    const bar = $<HTMLProgressElement>('progress');
    const pct = m.totalBytes ? Math.min(100, Math.floor((100 * m.bytes) / m.totalBytes)) : 0;
    bar.value = pct;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    $('progress-text').textContent = `${m.file}: ${plural(m.rows, 'row')} read, ${mb(m.bytes)} of ${mb(m.totalBytes)} MB (${pct}%), ${((performance.now() - startedAt) / 1000).toFixed(0)} s`;
  } else if (m.kind === 'done') {
    $('progress-box').hidden = true;
    $('chosen').textContent = current.length === 1 ? `Checked ${current[0].path}.` : `Checked ${plural(current.length, 'file')} picked, as one dataset.`;
    render(m.outcome);
  } else if (m.kind === 'failed') fail(m.message);
  else if (m.kind === 'file') save(m.name, m.text, m.mime, m.withheld, m.name.endsWith('-template.csv') ? 'template-note' : 'download-note');
}

function save(name: string, text: string, mime: string, withheld: number, note: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  $(note).textContent = `Saved ${name}${withheld ? `; ${plural(withheld, 'restricted or confidential record')} left out` : ''}.`;
}

function options(select: HTMLSelectElement, values: string[], first: string): void {
  select.replaceChildren(h('option', { value: '' }, first), ...values.map((v) => h('option', { value: v }, v)));
}

/** A table that may be wider than a phone scrolls on its own, and can be scrolled with the keyboard. */
function wide(label: string, el: Element | null): Element | string {
  return el ? h('div', { class: 'scroll-x', tabindex: 0, role: 'region', 'aria-label': label }, el) : '';
}

function render(o: Outcome): void {
  const r = o.report;
  $('summary').textContent = summaryLine(r);
  $('summary').className = r.valid ? 'ok' : 'bad';
  $('files').replaceChildren(wide('Files of the dataset', filesTable(r)));
  const dataset = r.type === 'dataset';
  const cut = r.partial ? ` The lists stop at the first ${fmt(r.errors.length)}; the counts above are exact.` : '';
  $('errors-note').textContent = r.errors.length ? `${plural(r.stats.errors, 'error')} on ${plural(r.stats.invalid, 'row')}.${cut}` : 'No errors.';
  $('by-field-box').replaceChildren(wide('Errors by field and code', byFieldTable(r.errors)));
  const errors = r.errors.length ? issuesTable('errors', 'Errors, by row', r.errors, dataset) : h('p', {}, 'None.');
  const warnings = r.warnings.length ? issuesTable('warnings', 'Warnings, by row', r.warnings, dataset) : h('p', {}, 'No warnings.');
  $('errors-box').replaceChildren(errors);
  $('warnings-box').replaceChildren(warnings);
  const all = [...r.errors, ...r.warnings];
  options($<HTMLSelectElement>('filter-field'), [...new Set(all.map((i) => i.field).filter((f): f is string => !!f))].sort(), 'Any field');
  options($<HTMLSelectElement>('filter-code'), [...new Set(all.map((i) => i.code))].sort(), 'Any code');
  $<HTMLInputElement>('filter-text').value = '';
  $('filters').hidden = !all.length;
  $('filter-count').textContent = '';

  const validN = Object.values(o.valid).reduce((a, b) => a + (b ?? 0), 0);
  $('themes-box').replaceChildren(
    r.type === null
      ? h('p', {}, 'Choose the record type above: without one only the structure of the file is checked.')
      : o.summaryProblem
      ? h('p', {}, `The theme summary could not be made: ${o.summaryProblem}`)
      : !o.validKnown
      ? h('p', {}, 'Too many errors to tell the valid rows apart: fix the errors listed and check again.')
      : !o.themes.length
        ? h('p', {}, 'No valid rows to summarise.')
        : h('div', {}, h('p', {}, `${plural(validN, 'valid record')}; a record with several themes counts under each.`), themesChart(o.themes), wide('Evidence per theme', themesTable(o.themes))),
  );
  $('gaps-section').hidden = !o.gaps;
  if (o.gaps) $('gaps-box').replaceChildren(gapTable(o.gaps));

  const buttons = [
    h('button', { type: 'button', onclick: () => send({ kind: 'download', what: 'report-json' }) }, 'Report (JSON)'),
    h('button', { type: 'button', onclick: () => send({ kind: 'download', what: 'errors-csv' }) }, 'Errors and warnings (CSV)'),
    ...(o.validKnown
      ? (Object.entries(o.valid) as [string, number][]).map(([type, n]) =>
          h('button', { type: 'button', onclick: () => send({ kind: 'download', what: 'valid-csv', type: type as never }) }, `Valid ${type} records (CSV, ${fmt(n)})`))
      : []),
  ];
  $('downloads').replaceChildren(...buttons);
  $('download-note').textContent = '';
  $('result').hidden = false;
  $('summary').focus();
}

function applyFilters(): void {
  const field = $<HTMLSelectElement>('filter-field').value;
  const code = $<HTMLSelectElement>('filter-code').value;
  const text = $<HTMLInputElement>('filter-text').value;
  let shown = 0, total = 0;
  for (const id of ['errors', 'warnings']) {
    const t = document.getElementById(id);
    if (!t) continue;
    shown += filterIssues(t, field, code, text);
    total += t.querySelectorAll('tbody tr').length;
  }
  $('filter-count').textContent = field || code || text ? `${fmt(shown)} of ${fmt(total)} listed issues shown.` : '';
}

function init(): void {
  const typeSel = $<HTMLSelectElement>('type');
  typeSel.append(...recordTypes.map((t) => h('option', { value: t }, t)));
  options($<HTMLSelectElement>('template-type'), recordTypes, 'Choose a record type');
  $<HTMLSelectElement>('template-type').firstElementChild!.setAttribute('disabled', '');
  $<HTMLSelectElement>('template-type').value = recordTypes[0];
  $('summary').tabIndex = -1;

  for (const id of ['file', 'folder']) {
    $<HTMLInputElement>(id).addEventListener('change', (ev) => {
      const input = ev.target as HTMLInputElement;
      if (input.files?.length) start(fromInput(input.files));
      input.value = '';
    });
  }
  typeSel.addEventListener('change', () => current.length && start(current));
  $('cancel').addEventListener('click', cancel);
  document.addEventListener('keydown', (ev) => ev.key === 'Escape' && !$('progress-box').hidden && cancel());
  for (const id of ['filter-field', 'filter-code', 'filter-text']) $(id).addEventListener('input', applyFilters);
  $('template').addEventListener('click', () => send({ kind: 'template', type: $<HTMLSelectElement>('template-type').value as never }));

  const drop = $('drop');
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    if (ev.dataTransfer) start(await fromDrop(ev.dataTransfer));
  });
  worker = newWorker();
}

init();
