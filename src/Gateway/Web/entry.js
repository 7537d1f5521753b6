import { amount, api, apiAll, date, el, loadWords, municipalityNames, nok, say, status } from './common.js';

const address = new URLSearchParams(location.search);
const kind = address.get('kind');
const id = address.get('id');

// Where the invitation of another region's municipality stands: our message to its installation.
const delivery = {
  queued: 'sendt, ikke levert ennå',
  delivered: 'levert til regionen',
  refused: 'avvist av regionen',
};

function fact(term, ...value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, ...value));
}

async function start() {
  if (!kind || !id) {
    status('Siden mangler hvilket prosjekt den skal vise.');
    return;
  }
  const [details, names, forumList] = await Promise.all([
    api(`/api/portfolio/entries/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`),
    municipalityNames(),
    apiAll('/api/forums', 'forums'),
    loadWords(),
  ]);
  const forums = new Map(forumList.map((f) => [f.id, f.name]));
  const entry = details.entry;
  document.title = `${entry.title} – regionalt samarbeid`;
  document.getElementById('title').textContent = entry.title;
  document.getElementById('kind').textContent = `${say('kind', entry.kind)} · ${say('status', entry.status)}`;

  if (kind === 'project') {
    // The description lives with the project itself, not in the overview.
    api(`/api/projects/${encodeURIComponent(id)}`)
      .then((project) => { document.getElementById('description').textContent = project.description ?? ''; })
      .catch(() => {});
  }

  const period = entry.fromYear === undefined ? '–' : entry.toYear && entry.toYear !== entry.fromYear ? `${entry.fromYear}–${entry.toYear}` : `${entry.fromYear}`;
  document.getElementById('facts').replaceChildren(
    fact('Status', say('status', entry.status)),
    fact('Type', say('kind', entry.kind)),
    fact('Tema', entry.themes.join(', ') || '–'),
    fact('Eier', entry.ownerForumId ? (forums.get(entry.ownerForumId) ?? entry.ownerForumId) : '–'),
    fact('Periode', period),
    fact('Budsjett', el('span', { id: 'fact-budget', dataset: { value: entry.budget } }, nok(entry.budget))),
    fact('Søkt', nok(entry.requested)),
    fact('Innvilget', nok(entry.granted)),
    fact('Siste vedtak', entry.lastDecision ?? '–'));

  document.querySelector('#participants tbody').replaceChildren(...entry.participants.map((p) => el('tr', { dataset: { kommunenummer: p.kommunenummer } },
    el('th', { scope: 'row' }, p.region ? [p.name ?? p.kommunenummer, ' ', el('span', { class: 'badge region' }, p.region)] : p.name ?? names.get(p.kommunenummer) ?? p.kommunenummer),
    el('td', {}, p.kommunenummer),
    el('td', { class: 'role' }, say('role', p.role), p.invitation ? el('span', { class: 'invitation' }, ` (invitasjonen er ${delivery[p.invitation] ?? p.invitation})`) : null),
    el('td', { class: 'number' }, amount(p.requested) ? nok(p.requested) : '–'),
    el('td', { class: 'number' }, amount(p.ownContribution) ? nok(p.ownContribution) : '–'),
    el('td', { class: 'number' }, amount(p.granted) ? nok(p.granted) : '–'),
    el('td', { class: 'number' }, amount(p.budgetShare) ? nok(p.budgetShare) : '–'))));
  if (entry.participants.length === 0) {
    document.querySelector('#participants tbody').append(el('tr', {}, el('td', { colspan: 7 }, 'Ingen kommuner registrert ennå.')));
  }

  const decisions = document.getElementById('decisions');
  decisions.replaceChildren(...details.decisions.map((d) => el('li', {},
    el('h3', {}, `${d.caseNumber} ${d.title}`),
    el('p', { class: 'meta' }, `${forums.get(d.forumId) ?? d.forumId}, møte ${date(d.date)}`),
    d.points.length ? el('ol', { class: 'points' }, d.points.map((point) => el('li', {}, point))) : el('p', {}, 'Tatt til orientering.'))));
  if (details.decisions.length === 0) {
    decisions.append(el('li', {}, entry.lastDecision ? `Vedtak ${entry.lastDecision} (teksten er ikke registrert her).` : 'Ingen vedtak registrert.'));
  }

  const now = new Date();
  const deadlines = document.getElementById('deadlines');
  deadlines.replaceChildren(...details.deadlines.map((d) => el('li', { class: new Date(d.due) < now ? 'overdue' : '' },
    el('time', { datetime: d.due }, date(d.due)),
    new Date(d.due) < now ? el('span', { class: 'badge overdue' }, 'Forfalt') : null,
    el('span', { class: 'kind' }, say('deadline', d.kind)),
    el('span', { class: 'what' }, d.title),
    el('span', { class: 'who' }, d.kommunenummer ? `${d.municipalityName ?? names.get(d.kommunenummer) ?? d.kommunenummer} har ikke svart` : (d.reference ?? '')))));
  if (details.deadlines.length === 0) deadlines.append(el('li', {}, 'Ingen frister.'));
  status('');
}

start().catch((error) => {
  document.getElementById('title').textContent = 'Fant ikke oppføringen';
  status(error.message);
});
