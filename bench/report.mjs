// The table: each figure, its ratio to the floor (fetch + JSON.parse of the same list in the same
// page), and the budget with a verdict. Budgets never fail the process.

/** The size the list, filter and heap budgets are stated for; smaller sizes show "(pass)"/"(fail)". */
export const BUDGET_SIZE = 10_000;

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const ms = (v) => (v === undefined ? '—' : `${fmt.format(v)} ms`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1e3).toFixed(1)} kB`;
const times = (v) => (v === undefined || !Number.isFinite(v) ? '' : `${v.toFixed(2)}×`);

function verdict(ok, judged) {
  if (ok === undefined) return '';
  const word = ok ? 'pass' : 'FAIL';
  return judged ? word : `(${word.toLowerCase()})`;
}

/** One row per figure of one size; `ratio` against the floor unless said otherwise. */
export function sizeRows(r) {
  const floor = r.floor.ms;
  const judged = r.n >= BUDGET_SIZE;
  const row = (figure, value, text, ratio, budget, ok, isJudged = true) => ({
    n: r.n, figure, value, text, ratio, budget, verdict: verdict(ok, isJudged),
  });
  const rows = [
    row('floor: fetch + JSON.parse', floor, `${ms(floor)} (${ms(r.floor.fetchMs)} + ${ms(r.floor.parseMs)})`, 1),
    row('floor, same bytes served from memory', r.floor.fromMemory.ms, `${ms(r.floor.fromMemory.ms)} (${ms(r.floor.fromMemory.fetchMs)} + ${ms(r.floor.fromMemory.parseMs)})`, r.floor.fromMemory.ms / floor),
    row('payload (list JSON)', r.payloadBytes, mb(r.payloadBytes)),
    row('list: first page requested (app boot)', r.list.firstRequestMs, ms(r.list.firstRequestMs), r.list.firstRequestMs / floor),
    row(`list: last of ${r.list.pages} pages received`, r.list.lastResponseMs, ms(r.list.lastResponseMs), r.list.lastResponseMs / floor),
    row('list: first rows', r.list.firstRowsMs, ms(r.list.firstRowsMs), r.list.firstRowsMs / floor),
    row('list: all rows', r.list.allRowsMs, ms(r.list.allRowsMs), r.list.allRowsMs / floor, '≤ 1.5× floor', r.list.allRowsMs <= 1.5 * floor, judged),
  ];
  if (r.filter) {
    rows.push(row(`filter: keystroke → rows (median; max ${ms(r.filter.maxMs)})`, r.filter.ms, ms(r.filter.ms), r.filter.ms / floor, '≤ 50 ms', r.filter.ms <= 50, judged));
  }
  if (r.heap) {
    const ratio = r.heap.usedBytes / r.payloadBytes;
    const base = r.baselineHeap ? `, app alone ${mb(r.baselineHeap.usedBytes)}` : '';
    rows.push(row(`heap after list (× payload${base})`, r.heap.usedBytes, mb(r.heap.usedBytes), ratio, '≤ 3× payload', ratio <= 3, judged));
  }
  if (r.details) {
    const d = r.details;
    rows.push(row(`details: ${d.stream.tags}-tag stream, Tags tab`, d.tagsMs, ms(d.tagsMs), d.tagsMs / floor));
    rows.push(row('details: History tab (from click)', d.historyMs, ms(d.historyMs), d.historyMs / floor));
    rows.push(row(`details: all tags, ${d.stream.historyItems} items (from change)`, d.allTagsMs, ms(d.allTagsMs), d.allTagsMs / floor));
  }
  if (r.watch) {
    const w = r.watch;
    const relist = w.relists ? `, ${w.relists} re-lists` : '';
    rows.push(row(`watch: lag of last of ${fmt.format(w.events)} events (sent in ${w.sendSeconds.toFixed(1)} s${relist})`, w.lagMs, ms(w.lagMs), w.lagMs / floor, '≤ 1 s', w.lagMs <= 1000));
    rows.push(row(`watch: longest task (${w.longTasks} long, ${w.tasksOverBudget} > 100 ms)`, w.longestTaskMs, ms(w.longestTaskMs), w.longestTaskMs / floor, '≤ 100 ms', w.longestTaskMs <= 100));
  }
  return rows;
}

export function firstRouteRow(firstRoute, unminified = false) {
  const total = firstRoute.jsGzip + firstRoute.cssGzip;
  if (unminified) return { figure: 'first route: not measured (--profile builds unminified)', text: kb(total) };
  return {
    n: undefined,
    figure: `first route: JS ${kb(firstRoute.jsGzip)} + CSS ${kb(firstRoute.cssGzip)} (gzip)`,
    value: total,
    text: kb(total),
    ratio: undefined,
    budget: '≤ 250 kB',
    verdict: verdict(total <= 250_000, true),
  };
}

export function printTable(rows, log = console.log) {
  const cells = rows.map((r) => [r.n === undefined ? 'any' : fmt.format(r.n), r.figure, r.text, times(r.ratio), r.budget ?? '', r.verdict ?? '']);
  const head = ['N', 'figure', 'value', '× floor', 'budget', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  log(line(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  let previous;
  for (const c of cells) {
    if (previous !== undefined && c[0] !== previous) log('');
    previous = c[0];
    log(line(c));
  }
}
