// Sends the pasted admin token once, as a bearer token; the answer sets the dashboard's cookie,
// which scripts cannot read. The token itself is kept nowhere.

const status = document.getElementById('status');

document.getElementById('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  const field = document.getElementById('token');
  const token = field.value.trim();
  field.value = '';
  const response = await fetch('sign-in', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  if (response.ok) {
    window.location.assign('./');
    return;
  }
  status.textContent = response.status === 403
    ? 'Tokenet er ikke en administrators.'
    : 'Tokenet ble ikke godtatt (utløpt, feil nøkkel eller ikke et token).';
});

document.getElementById('signout').addEventListener('submit', async (event) => {
  event.preventDefault();
  await fetch('sign-out', { method: 'POST' });
  status.textContent = 'Logget ut.';
});
