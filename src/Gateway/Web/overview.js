import { amount, api, apiAll, date, el, entryHref, loadWords, municipalityNames, nok, number, say, status, words } from './common.js';
import { barChart, heatmap } from './charts.js';

const form = document.getElementById('filters');
const table = document.getElementById('overview');
const pageSize = 50;
const view = { sort: 'title', order: 'asc', offset: 0 };
let names = new Map();
let forums = new Map();

/** The form's filter as query parameters (only what is set). */
function filterParams() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim()) params.append(name, String(value).trim());
  }
  return params;
}

function options(select, values, label) {
  select.append(...values.map((value) => el('option', { value }, label(value))));
}

async function start() {
  status('Laster porteføljen …');
  const [municipalities, forumList, all, everywhere] = await Promise.all([
    municipalityNames(), apiAll('/api/forums', 'forums'), api('/api/portfolio?limit=1'), api('/api/portfolio?limit=1&region=all'), loadWords(),
  ]);
  names = municipalities;
  forums = new Map(forumList.map((f) => [f.id, f.name]));
  options(form.theme, all.byTheme.map((t) => t.key).sort((a, b) => a.localeCompare(b, 'nb')), (t) => t);
  options(form.status, all.byStatus.map((s) => s.key), (s) => say('status', s));
  options(form.kind, Object.keys(words.kind), (k) => say('kind', k));
  options(form.kommunenummer, [...names.keys()].sort((a, b) => names.get(a).localeCompare(names.get(b), 'nb')), (k) => `${names.get(k)} (${k})`);
  options(form.forum, [...forums.keys()].sort(), (f) => forums.get(f));
  // Other regions' portfolios, where this installation has peers.
  const peers = everywhere.regions.filter((r) => !r.own).map((r) => r.region);
  document.getElementById('region-field').hidden = peers.length === 0;
  options(form.region, peers, (r) => r);

  // The address holds the filter, so a view can be shared as a link.
  const address = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (field.name && address.has(field.name)) field.value = address.get(field.name);
  }
  view.sort = address.get('sort') ?? view.sort;
  view.order = address.get('order') ?? view.order;

  form.addEventListener('submit', (event) => { event.preventDefault(); view.offset = 0; refresh(); });
  form.addEventListener('change', () => { view.offset = 0; refresh(); });
  form.addEventListener('reset', () => setTimeout(() => { view.offset = 0; refresh(); }));
  for (const header of table.querySelectorAll('th[data-sort]')) {
    const button = el('button', { type: 'button', class: 'sort' }, header.textContent);
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      view.order = view.sort === header.dataset.sort && view.order === 'asc' ? 'desc' : 'asc';
      view.sort = header.dataset.sort;
      view.offset = 0;
      refresh();
    });
  }
  document.getElementById('previous').addEventListener('click', () => { view.offset = Math.max(0, view.offset - pageSize); refresh(); });
  document.getElementById('next').addEventListener('click', () => { view.offset += pageSize; refresh(); });
  document.getElementById('deadline-days').addEventListener('change', loadDeadlines);
  document.getElementById('deadline-overdue').addEventListener('change', loadDeadlines);
  await refresh();
}

async function refresh() {
  const filter = filterParams();
  const query = new URLSearchParams(filter);
  query.set('sort', view.sort);
  query.set('order', view.order);
  history.replaceState(null, '', `?${query}`);
  query.set('offset', view.offset);
  query.set('limit', pageSize);
  try {
    status('Oppdaterer …');
    const [page, matrix] = await Promise.all([api(`/api/portfolio?${query}`), api(`/api/portfolio/participation?${filter}`)]);
    showTotals(page);
    showRegions(page.regions ?? []);
    showShare(page.shares?.[0]);
    showRows(page);
    barChart(document.getElementById('theme-chart'), page.byTheme.map((t) => ({ label: t.key, value: amount(t.budget), text: nok(t.budget) })));
    barChart(document.getElementById('status-chart'), page.byStatus.map((s) => ({ label: say('status', s.key), value: s.count, text: number(s.count) })));
    heatmap(document.getElementById('matrix'), document.getElementById('matrix-note'), matrix, new Map([...names, ...Object.entries(matrix.names ?? {})]));
    for (const format of ['csv', 'xlsx']) {
      document.getElementById(`export-${format}`).href = `/api/portfolio/export.${format}?${filter}&sort=${view.sort}&order=${view.order}`;
    }
    status(page.complete ? `${number(page.count)} oppføringer i utvalget.` : 'Porteføljen bygges opp etter en omstart; tallene kan være ufullstendige.');
  } catch (error) {
    status(`Kunne ikke hente porteføljen: ${error.message}`);
  }
  await loadDeadlines();
}

function showTotals(page) {
  const totals = { count: [page.total.count, number], budget: [page.total.budget, nok], requested: [page.total.requested, nok], granted: [page.total.granted, nok] };
  for (const [name, [value, format]] of Object.entries(totals)) {
    const cell = document.getElementById(`total-${name}`);
    cell.textContent = format(value);
    cell.dataset.value = value;
  }
}

/** Which regions the figures cover, and how current each peer's copy is ("Bergensregionen per 14:32"). */
function showRegions(regions) {
  const note = document.getElementById('regions');
  note.hidden = regions.length < 2;
  note.replaceChildren('Dekker ', ...regions.flatMap((r, i) => [i > 0 ? ', ' : '', el('span', { class: `region state-${r.state}`, dataset: { region: r.region } }, regionText(r))]), '.');
}

const clock = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function regionText(region) {
  if (region.own) return region.region;
  if (!region.asOf) return `${region.region} (ikke nådd ennå)`;
  const asOf = clock.format(new Date(region.asOf));
  return region.state === 'behind' ? `${region.region} per ${asOf} (ikke nådd siden)` : `${region.region} per ${asOf}`;
}

/** The filtered municipality's own part beside the totals ("Skauns andel"); hidden without a municipality filter. */
function showShare(share) {
  const section = document.getElementById('share');
  section.hidden = !share;
  if (!share) return;
  const name = share.name ?? names.get(share.kommunenummer) ?? share.kommunenummer;
  document.getElementById('share-heading').textContent = `${genitive(name)} andel`;
  section.dataset.kommunenummer = share.kommunenummer;
  const figures = { count: [share.count, number], requested: [share.requested, nok], ownContribution: [share.ownContribution, nok], granted: [share.granted, nok], budgetShare: [share.budgetShare, nok] };
  for (const [field, [value, format]] of Object.entries(figures)) {
    const cell = document.getElementById(`share-${field}`);
    cell.textContent = format(value);
    cell.dataset.value = value;
  }
}

// Norwegian genitive: "Skauns", "Frostas", but "Os'".
const genitive = (name) => /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;

function showRows(page) {
  const body = table.tBodies[0];
  body.replaceChildren(...page.entries.map((entry) => el('tr', { dataset: { key: entry.key } },
    el('th', { scope: 'row' }, entry.region
      ? [entry.title, ' ', el('span', { class: 'badge region' }, entry.region)] // a peer's entry: its page is in its own installation
      : el('a', { href: entryHref(entry.key) }, entry.title)),
    el('td', {}, say('kind', entry.kind)),
    el('td', {}, el('span', { class: `badge status-${entry.status}` }, say('status', entry.status))),
    el('td', {}, entry.themes.join(', ')),
    el('td', {}, years(entry)),
    el('td', { class: 'number' }, number(entry.participants.filter((p) => p.role === 'lead' || p.role === 'participant').length)),
    el('td', { class: 'number', dataset: { value: entry.budget } }, nok(entry.budget)),
    el('td', { class: 'number', dataset: { value: entry.requested } }, nok(entry.requested)),
    el('td', { class: 'number', dataset: { value: entry.granted } }, nok(entry.granted)),
    el('td', {}, entry.nextDeadline ? date(entry.nextDeadline.due) : '–'),
    el('td', {}, entry.lastDecision ?? '–'))));
  if (page.entries.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: 11 }, 'Ingen oppføringer passer med filteret.')));
  }

  for (const header of table.querySelectorAll('th[data-sort]')) {
    const sorted = header.dataset.sort === view.sort;
    if (sorted) header.setAttribute('aria-sort', view.order === 'asc' ? 'ascending' : 'descending');
    else header.removeAttribute('aria-sort');
  }

  const last = Math.min(view.offset + pageSize, page.count);
  document.getElementById('page').textContent = page.count === 0 ? '' : `${number(view.offset + 1)}–${number(last)} av ${number(page.count)}`;
  document.getElementById('previous').disabled = view.offset === 0;
  document.getElementById('next').disabled = last >= page.count;
}

const years = (entry) => entry.fromYear === undefined ? '–'
  : entry.toYear === undefined || entry.toYear === entry.fromYear ? `${entry.fromYear}` : `${entry.fromYear}–${entry.toYear}`;

async function loadDeadlines() {
  const query = new URLSearchParams({ days: document.getElementById('deadline-days').value, overdue: document.getElementById('deadline-overdue').checked });
  if (form.kommunenummer.value) query.set('kommunenummer', form.kommunenummer.value);
  const list = document.getElementById('deadlines');
  try {
    const { deadlines } = await api(`/api/portfolio/deadlines?${query}`);
    const now = new Date();
    list.replaceChildren(...deadlines.map((d) => el('li', { class: new Date(d.due) < now ? 'overdue' : '' },
      el('time', { datetime: d.due }, date(d.due)),
      new Date(d.due) < now ? el('span', { class: 'badge overdue' }, 'Forfalt') : null,
      el('span', { class: 'kind' }, say('deadline', d.kind)),
      el('span', { class: 'what' }, d.entryKey ? el('a', { href: entryHref(d.entryKey) }, d.title) : d.title),
      el('span', { class: 'who' }, [
        d.kommunenummer ? `${d.municipalityName ?? names.get(d.kommunenummer) ?? d.kommunenummer} har ikke svart` : '',
        d.forumId ? (forums.get(d.forumId) ?? d.forumId) : '',
        d.reference ?? '',
      ].filter(Boolean).join(' · ')))));
    if (deadlines.length === 0) list.append(el('li', {}, 'Ingen frister i perioden.'));
  } catch (error) {
    list.replaceChildren(el('li', {}, `Kunne ikke hente fristene: ${error.message}`));
  }
}

start().catch((error) => status(`Kunne ikke laste siden: ${error.message}`));
