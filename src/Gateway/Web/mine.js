// "Mine invitasjoner": with an officer's token, the funding applications its municipality is
// invited to, each answered here (yes with its amounts, or no), and where the answers to other
// regions stand. The token stays in this tab (sessionStorage) only.
import { api, el, entryHref, send } from './common.js';

const storageKey = 'collaboration.token';

// Where a message to another region stands, in the officer's words.
const delivery = {
  queued: 'sendt, ikke levert ennå',
  delivered: 'levert',
  refused: 'avvist',
};

// The token's claims, read for display only: the server checks the signature on every call.
function claims(token) {
  const part = token.split('.')[1] ?? '';
  const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function show(who, items, answered = []) {
  document.getElementById('mine-who').textContent = who;
  document.getElementById('invitations').replaceChildren(...items);
  document.getElementById('answered').replaceChildren(...answered);
  document.getElementById('answered-heading').hidden = answered.length === 0;
}

// An invitation from another region is answered under /api/funding/remote-invitations (its
// application id is then "{peer}/{application}/{kommunenummer}"), our own under the application.
const answerPath = (invitation, kommunenummer) => (invitation.region
  ? `/api/funding/remote-invitations/${invitation.applicationId.split('/').map(encodeURIComponent).join('/')}`
  : `/api/funding/applications/${encodeURIComponent(invitation.applicationId)}/partners/${encodeURIComponent(kommunenummer)}`);

function field(label, name, attributes = {}) {
  return el('label', {}, label, el('input', { name, ...attributes }));
}

function answerForm(invitation, kommunenummer, token) {
  const result = document.getElementById('mine-answer');
  const form = el('form', { class: 'answer inline-controls' },
    field('Søkt beløp (kr)', 'requested', { inputmode: 'decimal', required: true, pattern: '[0-9]+([.,][0-9]{1,2})?' }),
    field('Egenandel (kr)', 'ownContribution', { inputmode: 'decimal', pattern: '[0-9]+([.,][0-9]{1,2})?' }),
    field('Rolle i søknaden', 'role', { required: true, maxlength: 200 }),
    el('button', { type: 'submit' }, 'Takk ja'),
    el('button', { type: 'button', class: 'secondary decline' }, 'Takk nei'));
  const answer = async (verb, body) => {
    try {
      const answered = await send(`${answerPath(invitation, kommunenummer)}/${verb}`, token, body);
      await load(token);
      result.textContent = `Svaret på «${invitation.title}» er ${answered.answer ? delivery[answered.answer] ?? answered.answer : 'registrert'}.`;
    } catch (error) {
      result.textContent = `Svaret ble ikke tatt imot: ${error.message}`;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = new FormData(form);
    const amount = (name) => String(values.get(name) ?? '').replace(',', '.');
    answer('accept', { requested: amount('requested'), ownContribution: amount('ownContribution') || '0', role: values.get('role') });
  });
  form.querySelector('.decline').addEventListener('click', () => answer('decline', {}));
  return form;
}

function waitingItem(invitation, kommunenummer, token) {
  const title = invitation.region
    ? [el('span', { class: 'badge region' }, invitation.region), ' ', invitation.title] // its page is in the inviting region
    : [el('a', { href: entryHref(`application/${invitation.applicationId}`) }, invitation.title)];
  return el('li', { dataset: { invitation: invitation.applicationId } },
    el('p', { class: 'what' }, ...title, ` (utlysning ${invitation.callId})`),
    answerForm(invitation, kommunenummer, token));
}

// What this municipality answered to other regions, and whether the answer has arrived there.
function answeredItem(invitation) {
  const where = invitation.answer === 'refused'
    ? `avvist av ${invitation.region}: ${invitation.refusal ?? ''}`
    : `${delivery[invitation.answer] ?? 'ikke sendt'} til ${invitation.region}`;
  return el('li', { dataset: { invitation: `${invitation.peer}/${invitation.applicationId}/${invitation.kommunenummer}` } },
    el('span', { class: 'badge region' }, invitation.region), ' ', invitation.title,
    ` – ${invitation.state === 'accepted' ? 'takket ja' : 'takket nei'}, svaret er ${where}`);
}

async function load(token) {
  const signedIn = Boolean(token);
  document.getElementById('signin').hidden = signedIn;
  document.getElementById('signout').hidden = !signedIn;
  if (!signedIn) {
    document.getElementById('mine-answer').textContent = '';
    show('', []);
    return;
  }

  let who;
  try {
    who = claims(token);
  } catch {
    sessionStorage.removeItem(storageKey);
    await load(null);
    show('Dette er ikke et gyldig token.', []);
    return;
  }

  if (!who.kommunenummer) {
    show(`Innlogget som ${who.sub} (${who.role}). Bare saksbehandlere i en kommune har invitasjoner.`, []);
    return;
  }

  try {
    const kommunenummer = encodeURIComponent(who.kommunenummer);
    const [desk, remote] = await Promise.all([
      api(`/api/funding/municipalities/${kommunenummer}`, token),
      api(`/api/funding/remote-invitations?kommunenummer=${kommunenummer}`, token),
    ]);
    const waiting = desk.invitations.filter((i) => i.state === 'invited');
    show(`Innlogget som ${who.sub}, kommune ${who.kommunenummer}: ${waiting.length} ubesvarte invitasjoner.`,
      waiting.map((i) => waitingItem(i, who.kommunenummer, token)),
      remote.invitations.filter((i) => i.state !== 'invited').map(answeredItem));
  } catch (error) {
    sessionStorage.removeItem(storageKey);
    await load(null);
    show(`Tokenet ble ikke godtatt: ${error.message}`, []);
  }
}

document.getElementById('signin').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = document.getElementById('token').value.trim();
  document.getElementById('token').value = '';
  sessionStorage.setItem(storageKey, token);
  load(token);
});

document.getElementById('signout').addEventListener('click', () => {
  sessionStorage.removeItem(storageKey);
  load(null);
});

load(sessionStorage.getItem(storageKey));
