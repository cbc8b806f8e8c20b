// Percentiles and the printed table of the bench.

/** Nearest-rank percentile of a list of numbers (undefined for an empty list). */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function summary(values) {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95) };
}

function ms(value) {
  if (value === undefined) return '—';
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

function figure(s, unit) {
  if (!s || s.n === 0) return 'not measured';
  if (unit === 'MB') return `${s.p50.toFixed(0)} MB`;
  return `p50 ${ms(s.p50)}, p95 ${ms(s.p95)} (n=${s.n})`;
}

function ratio(peer, ours, key) {
  if (!peer || !ours || peer.n === 0 || ours.n === 0 || !ours[key]) return '—';
  return `${(peer[key] / ours[key]).toFixed(1)}×`;
}

function targetNote(row, ours) {
  if (row.target === undefined) return '';
  if (!ours || ours.n === 0) return `target ≤ ${row.target} ${row.unit}`;
  const value = row.unit === 'MB' ? ours.p50 : ours.p95;
  return `target ≤ ${row.target} ${row.unit}${row.unit === 'MB' ? '' : ' p95'}: ${value <= row.target ? 'met' : 'MISSED'}`;
}

function pad(text, width) {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/**
 * rows: [{ label, key, unit: 'ms'|'MB', target? }]; results: { podwright: {key: summary}, peer?: {key: summary} }.
 */
export function formatTable(rows, results, peerName) {
  const header = ['metric', 'podwright', 'target', ...(results.peer ? [peerName, 'ratio p50 (p95)'] : [])];
  const lines = rows.map((row) => {
    const ours = results.podwright[row.key];
    const peer = results.peer?.[row.key];
    const cells = [row.label, figure(ours, row.unit), targetNote(row, ours)];
    if (results.peer) {
      const p95 = row.unit === 'MB' ? '' : ` (${ratio(peer, ours, 'p95')})`;
      cells.push(figure(peer, row.unit), `${ratio(peer, ours, 'p50')}${p95}`);
    }
    return cells;
  });
  const widths = header.map((_, i) => Math.max(header[i].length, ...lines.map((cells) => cells[i].length)));
  const render = (cells) =>
    cells
      .map((cell, i) => pad(cell, widths[i]))
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n');
}
