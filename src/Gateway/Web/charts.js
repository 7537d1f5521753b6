// The overview's chart and heatmap, drawn from API answers (SVG and table, no library).
import { el, say } from './common.js';

const svgNs = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Horizontal bars, largest first; each bar is labelled with its value for screen readers too. */
export function barChart(figure, bars) {
  figure.querySelector('svg, p.empty')?.remove();
  const shown = [...bars].sort((a, b) => b.value - a.value).slice(0, 12);
  if (shown.length === 0) {
    figure.prepend(el('p', { class: 'empty' }, 'Ingenting å vise.'));
    return;
  }
  const rowHeight = 28;
  const labelWidth = 150;
  const width = 560;
  const max = Math.max(...shown.map((b) => b.value), 1);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${shown.length * rowHeight}`, role: 'img', 'aria-label': shown.map((b) => `${b.label}: ${b.text}`).join('; ') });
  shown.forEach((bar, i) => {
    const y = i * rowHeight;
    const length = Math.max(2, ((width - labelWidth - 130) * bar.value) / max);
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + 18, 'text-anchor': 'end', class: 'label' }, bar.label),
      svg('rect', { x: labelWidth, y: y + 5, width: length, height: rowHeight - 10, rx: 3, class: 'bar' }, svg('title', {}, `${bar.label}: ${bar.text}`)),
      svg('text', { x: labelWidth + length + 6, y: y + 18, class: 'value' }, bar.text));
  });
  figure.prepend(chart);
}

/** Entries × municipalities, each cell coloured by the municipality's role in the entry. */
export function heatmap(table, note, matrix, names, maxRows = 100) {
  const rows = matrix.rows.slice(0, maxRows);
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col', class: 'corner' }, 'Oppføring'),
    matrix.municipalities.map((k) => el('th', { scope: 'col', class: 'municipality', title: `${names.get(k) ?? k} (${k})` },
      el('span', {}, names.get(k) ?? k)))));
  const body = el('tbody', {}, rows.map((row) => el('tr', { dataset: { key: row.key } },
    el('th', { scope: 'row' }, row.title),
    row.roles.map((role, i) => {
      const who = names.get(matrix.municipalities[i]) ?? matrix.municipalities[i];
      const text = role ? say('role', role) : 'ikke med';
      return el('td', { class: `cell role-${role || 'none'}`, title: `${who}: ${text}` }, el('span', { class: 'visually-hidden' }, text));
    }))));
  const takingPart = matrix.municipalities.map((_, i) => rows.filter((r) => r.roles[i] === 'lead' || r.roles[i] === 'participant').length);
  const foot = el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, 'Deltar i'), takingPart.map((n) => el('td', { class: 'number' }, `${n}`))));
  const caption = el('caption', { class: 'visually-hidden' }, 'Deltakelse per kommune og oppføring');
  table.replaceChildren(caption, head, body, foot);
  note.textContent = matrix.rows.length > maxRows
    ? `Viser de ${maxRows} første av ${matrix.rows.length} oppføringer; snevre inn filteret for å se resten.`
    : '';
}
