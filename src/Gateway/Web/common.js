// Shared by the portfolio pages: reading the API and writing Norwegian.

// The portfolio's words come from the API: the core and each enabled plugin bring their own.
export const words = { kind: {}, status: {}, role: {}, deadline: {} };

/** Loads the words of every kind, status, role and deadline; call before the page says any. */
export async function loadWords() {
  const vocabulary = await api('/api/portfolio/vocabulary');
  const labels = (list) => Object.fromEntries((list ?? []).map((w) => [w.value, w.label]));
  Object.assign(words, {
    kind: labels(vocabulary.kinds),
    status: labels(vocabulary.statuses),
    role: labels(vocabulary.roles),
    deadline: labels(vocabulary.deadlineKinds),
  });
}

export const say = (group, value) => words[group][value] ?? value;

const money = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('nb-NO');
const day = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' });

// Amounts arrive as decimal text ("1500000.00"), exact to the øre. Intl formats the text as it is;
// a Number is made only to draw and compare, never to add up what the API has already summed.
export const nok = (text) => money.format(text ?? '0');
export const amount = (text) => Number(text ?? 0);
export const number = (value) => count.format(value ?? 0);
export const date = (text) => day.format(new Date(text));

/** GET from the API, with a bearer token when given; a refusal becomes an Error with the problem's detail. */
export async function api(path, token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail ?? `Feil ${response.status}`);
  }
  return body;
}

/** POSTs a JSON body to the API with a bearer token; a refusal becomes an Error with the problem's detail. */
export async function send(path, token, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(answer.detail ?? `Feil ${response.status}`);
  }
  return answer;
}

/** Every item of a list route (`/api/forums`), read a page of 1000 at a time by following `next`. */
export async function apiAll(path, list) {
  const items = [];
  let next;
  do {
    const page = await api(`${path}?limit=1000${next ? `&after=${encodeURIComponent(next)}` : ''}`);
    items.push(...(page[list] ?? []));
    next = page.next;
  } while (next);
  return items;
}

/** Names of all municipalities by kommunenummer. */
export async function municipalityNames() {
  const municipalities = await apiAll('/api/municipalities', 'municipalities');
  return new Map(municipalities.map((m) => [m.kommunenummer, m.name]));
}

/** An element with attributes and children; strings become text, never HTML. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return element;
}

/** Where an entry's own page is. */
export const entryHref = (key) => {
  const [kind, ...id] = key.split('/');
  return `/prosjekt.html?kind=${encodeURIComponent(kind)}&id=${encodeURIComponent(id.join('/'))}`;
};

/** Shows a message in the page's status line (read out by screen readers). */
export function status(text) {
  const line = document.getElementById('status');
  if (line) line.textContent = text;
}
