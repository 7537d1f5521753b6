// "Mine invitasjoner": with an officer's token, the funding applications its municipality is
// invited to and has not answered. The token stays in this tab (sessionStorage) only.
import { api, el, entryHref } from './common.js';

const storageKey = 'collaboration.token';

// The token's claims, read for display only: the server checks the signature on every call.
function claims(token) {
  const part = token.split('.')[1] ?? '';
  const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function show(who, items) {
  document.getElementById('mine-who').textContent = who;
  document.getElementById('invitations').replaceChildren(...items);
}

async function load(token) {
  const signedIn = Boolean(token);
  document.getElementById('signin').hidden = signedIn;
  document.getElementById('signout').hidden = !signedIn;
  if (!signedIn) {
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
    const desk = await api(`/api/funding/municipalities/${encodeURIComponent(who.kommunenummer)}`, token);
    const waiting = desk.invitations.filter((i) => i.state === 'invited');
    show(`Innlogget som ${who.sub}, kommune ${who.kommunenummer}: ${waiting.length} ubesvarte invitasjoner.`,
      waiting.map((i) => el('li', {}, i.region
        ? [i.title, ` (invitasjon fra ${i.region}, utlysning ${i.callId})`] // answered here, through the API; its page is in the inviting region
        : [el('a', { href: entryHref(`application/${i.applicationId}`) }, i.title), ` (utlysning ${i.callId})`])));
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
