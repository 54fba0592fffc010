// The host's requests: accept or reject (with a required reason) each PENDING booking; the count line follows.
import { api } from './api.js';
import { emptyState, h } from './dom.js';
import { plural } from './format.js';
import { onClick, onSubmit } from './forms.js';
import { showOrderList } from './order-view.js';

let totalCount = 0;

function countLine(pending) {
  return totalCount
    ? `${plural(totalCount, 'booking')} of your homes${pending ? ` · ${pending} awaiting your answer on this page` : ''}.`
    : 'Bookings of the homes you host.';
}

function confirmation(order) {
  return order.status === 'UNPAID'
    ? 'Accepted. The guest can now pay.'
    : order.status === 'REJECTED' ? 'Rejected. The guest sees your reason.' : 'Updated.';
}

function actions(order, update) {
  if (order.status !== 'PENDING') return null;
  const region = h('div', { class: 'alert', role: 'alert', hidden: true });
  const setStatus = async (body) => {
    update(await api(`/orders/${encodeURIComponent(order.id)}/status`, { method: 'PUT', body }));
    document.getElementById('order-count').textContent = countLine(document.querySelectorAll('.order-card[data-status="PENDING"]').length);
  };

  const accept = h('button', { type: 'button', class: 'button', 'data-action': 'accept' }, 'Accept');
  const reject = h('button', { type: 'button', class: 'button danger', 'data-action': 'reject', 'aria-expanded': 'false' }, 'Reject…');
  const id = `reason-${order.id}`;
  const cancelReject = h('button', { type: 'button', class: 'button secondary small' }, 'Keep it pending');
  const form = h('form', { class: 'inline-form', novalidate: true, hidden: true },
    h('div', { class: 'alert', role: 'alert', hidden: true }),
    h('div', { class: 'field' },
      h('label', { for: id }, 'Reason for the guest'),
      h('textarea', { id, name: 'reason', rows: '2', maxlength: '500', required: true, 'data-message': 'Tell the guest why you reject the request.' })),
    h('div', { class: 'order-actions' },
      h('button', { type: 'submit', class: 'button danger small', 'data-action': 'confirm-reject' }, 'Reject request'),
      cancelReject));

  onClick(accept, () => setStatus({ action: 'accept' }), { region, busyLabel: 'Accepting…' });
  reject.addEventListener('click', () => {
    form.hidden = false;
    reject.setAttribute('aria-expanded', 'true');
    form.querySelector('textarea').focus();
  });
  cancelReject.addEventListener('click', () => {
    form.hidden = true;
    reject.setAttribute('aria-expanded', 'false');
    reject.focus();
  });
  onSubmit(form, () => setStatus({ action: 'reject', reason: form.elements.reason.value.trim() }), { busyLabel: 'Rejecting…' });

  return h('div', { class: 'stack' }, h('div', { class: 'order-actions' }, accept, reject), form, region);
}

await showOrderList({
  role: 'host',
  actions,
  confirmation,
  describe: (result) => {
    totalCount = result.totalCount;
    return countLine(result.items.filter((o) => o.status === 'PENDING').length);
  },
  empty: (result) => (result.totalCount
    ? emptyState({ icon: 'inbox', title: 'No requests on this page', action: { href: '/lorders', label: 'First page' } })
    : emptyState({ icon: 'inbox', title: 'No requests yet', text: 'When guests book one of your homes, their requests appear here.', action: { href: '/myhouse', label: 'Your listings' } })),
});
