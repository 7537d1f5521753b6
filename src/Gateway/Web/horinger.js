import { api, date, el, status } from './common.js';

// The hearing's words in bokmål; the API speaks in lower-case English values.
const kinds = { hearing: 'Høring', decision: 'Likelydende vedtak' };
const states = { pending: 'Ikke behandlet', overdue: 'Ikke svart, fristen er ute', statement: 'Uttalelse gitt', decided: 'Behandlet' };
const outcomes = { adopted: 'Vedtatt', adoptedwithchanges: 'Vedtatt med endringer', rejected: 'Ikke vedtatt', willnotanswer: 'Svarer ikke' };
const treatedBy = { kommunestyre: 'Kommunestyret', bystyre: 'Bystyret', formannskap: 'Formannskapet', administrative: 'Administrativt' };
const regional = { adopted: 'Vedtatt av regionen', rejected: 'Ikke vedtatt av regionen', pending: 'Ikke avgjort ennå' };

const id = new URLSearchParams(location.search).get('id');

function fact(term, ...value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, ...value));
}

const share = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
const rule = (r) => (r?.kind === 'majority' ? `Flertall: mer enn ${share.format(Number(r.percent ?? 50))} % må vedta` : 'Alle må vedta');

function row(body) {
  const treatment = body.treatment;
  const outcome = treatment?.outcome ? outcomes[treatment.outcome] ?? treatment.outcome : '–';
  return el('tr', { dataset: { body: body.bodyId, status: body.status } },
    el('th', { scope: 'row' }, body.name || body.bodyId),
    el('td', {}, el('span', { class: `badge ${body.status}` }, states[body.status] ?? body.status)),
    el('td', {}, treatment?.body ? treatedBy[treatment.body] ?? treatment.body : '–'),
    el('td', {}, treatment?.date ? date(treatment.date) : body.statement?.date ? date(body.statement.date) : '–'),
    el('td', {}, treatment?.caseReference ?? '–'),
    el('td', { class: 'outcome' }, outcome, treatment?.changes ? el('p', { class: 'changes' }, treatment.changes) : null),
    el('td', {}, body.statement?.url ? el('a', { href: body.statement.url }, 'Les uttalelsen') : body.statement?.text ?? '–'));
}

function show(hearing) {
  document.title = `${hearing.title} – høring`;
  document.getElementById('title').textContent = hearing.title;
  document.getElementById('intro').textContent = `${kinds[hearing.kind] ?? hearing.kind} · ${hearing.caseNumber}`;

  document.getElementById('facts').replaceChildren(
    fact('Sak', hearing.caseNumber),
    fact('Type', kinds[hearing.kind] ?? hearing.kind),
    fact('Sendt', date(hearing.sent)),
    fact('Frist', el('time', { id: 'deadline', datetime: hearing.deadline }, date(hearing.deadline))),
    fact('Regel', rule(hearing.rule)));
  document.getElementById('documents').replaceChildren(...(hearing.documents ?? []).map((d) => el('li', {}, el('a', { href: d.url }, d.title))));

  const s = hearing.summary;
  document.getElementById('summary').replaceChildren(
    fact('Vedtatt', `${s.adopted ?? 0}`),
    fact('Med endringer', `${s.adoptedWithChanges ?? 0}`),
    fact('Ikke vedtatt', `${s.rejected ?? 0}`),
    fact('Svarer ikke', `${s.willNotAnswer ?? 0}`),
    fact('Ikke svart', el('span', { id: 'not-answered' }, `${s.notAnswered ?? 0}`)));
  document.getElementById('outcome').textContent = regional[hearing.regionalOutcome] ?? hearing.regionalOutcome;

  const conclusion = hearing.conclusion;
  document.getElementById('conclusion').replaceChildren(...(conclusion
    ? [el('h3', {}, `Regionens vedtak ${date(conclusion.date)}`),
      el('p', {}, conclusion.path ? el('a', { href: conclusion.path }, conclusion.caseNumber) : conclusion.caseNumber),
      el('ol', { class: 'points' }, (conclusion.decision ?? []).map((p) => el('li', {}, p)))]
    : [el('p', {}, 'Regionen har ikke konkludert ennå.')]));

  document.querySelector('#matrix tbody').replaceChildren(...hearing.bodies.map(row));
  for (const section of ['facts-section', 'summary-section', 'matrix-section']) document.getElementById(section).hidden = false;
}

function list(hearings) {
  document.getElementById('hearings').replaceChildren(...hearings.map((h) => el('li', {},
    el('a', { href: `horinger.html?id=${encodeURIComponent(h.id)}` }, `${h.caseNumber} ${h.title}`),
    el('span', { class: 'meta' }, ` · ${kinds[h.kind] ?? h.kind}, frist ${date(h.deadline)} · ${regional[h.regionalOutcome] ?? ''}`))));
  if (hearings.length === 0) document.getElementById('hearings').append(el('li', {}, 'Ingen høringer ennå.'));
  document.getElementById('list-section').hidden = false;
}

async function start() {
  if (id) show(await api(`/api/hearings/${encodeURIComponent(id)}`));
  else list((await api('/api/hearings')).hearings ?? []);
  status('');
}

start().catch((error) => status(error.message));
