// The guest's trips: pay (UNPAID), cancel (PENDING, UNPAID, with a confirmation), review (REVIEW_PENDING).
import { api, formatCents } from './api.js';
import { emptyState, h } from './dom.js';
import { plural } from './format.js';
import { onClick, onSubmit } from './forms.js';
import { showOrderList, STATUS } from './order-view.js';

const DONE = {
  PAID: 'Paid. Enjoy your stay!',
  CANCELLED: 'Your booking is cancelled.',
  COMPLETED: 'Thank you: your review is published on the home.',
};

function confirmation(order) {
  return DONE[order.status] ?? `The booking is now: ${STATUS[order.status]?.label ?? order.status}.`;
}

function actionRegion() {
  return h('div', { class: 'alert', role: 'alert', hidden: true });
}

function actions(order, update) {
  const region = actionRegion();
  const buttons = h('div', { class: 'order-actions' });
  const box = h('div', { class: 'stack' }, buttons, region);
  const act = async (path, method, body) => {
    update(await api(`/orders/${encodeURIComponent(order.id)}/${path}`, { method, body }));
  };

  if (order.status === 'UNPAID') {
    const pay = h('button', { type: 'button', class: 'button', 'data-action': 'pay' }, `Pay ${formatTotal(order)}`);
    onClick(pay, () => act('payment', 'POST'), { region, busyLabel: 'Paying…' });
    buttons.append(pay);
  }
  if (order.status === 'PENDING' || order.status === 'UNPAID') {
    const cancel = h('button', { type: 'button', class: 'button danger', 'data-action': 'cancel', 'aria-expanded': 'false' }, 'Cancel booking');
    const yes = h('button', { type: 'button', class: 'button danger small', 'data-action': 'confirm-cancel' }, 'Yes, cancel it');
    const no = h('button', { type: 'button', class: 'button secondary small' }, 'Keep it');
    const confirm = h('div', { class: 'inline-form', hidden: true },
      h('p', { class: 'small' }, h('strong', {}, 'Cancel this booking?'), ' This cannot be undone.'),
      h('div', { class: 'order-actions' }, yes, no));
    cancel.addEventListener('click', () => {
      confirm.hidden = false;
      cancel.setAttribute('aria-expanded', 'true');
      yes.focus();
    });
    no.addEventListener('click', () => {
      confirm.hidden = true;
      cancel.setAttribute('aria-expanded', 'false');
      cancel.focus();
    });
    onClick(yes, () => act('cancellation', 'POST'), { region, busyLabel: 'Cancelling…' });
    buttons.append(cancel);
    box.append(confirm);
  }
  if (order.status === 'REVIEW_PENDING') {
    const open = h('button', { type: 'button', class: 'button', 'data-action': 'review', 'aria-expanded': 'false' }, 'Write a review');
    const id = `comment-${order.id}`;
    const form = h('form', { class: 'inline-form', novalidate: true, hidden: true },
      h('div', { class: 'alert', role: 'alert', hidden: true }),
      h('div', { class: 'field' },
        h('label', { for: id }, 'Your review'),
        h('textarea', { id, name: 'comment', rows: '3', maxlength: '500', required: true, 'data-message': 'Write a few words about your stay.' })),
      h('div', { class: 'order-actions' },
        h('button', { type: 'submit', class: 'button small' }, 'Publish review'),
        h('button', { type: 'button', class: 'button secondary small', onClick: () => { form.hidden = true; open.setAttribute('aria-expanded', 'false'); open.focus(); } }, 'Not now')));
    open.addEventListener('click', () => {
      form.hidden = false;
      open.setAttribute('aria-expanded', 'true');
      form.querySelector('textarea').focus();
    });
    onSubmit(form, () => act('review', 'PUT', { comment: form.elements.comment.value.trim() }), { busyLabel: 'Publishing…' });
    buttons.append(open);
    box.append(form);
  }
  if (order.status === 'PAID') buttons.append(h('p', { class: 'muted small' }, 'Paid. You can review your stay after check-out.'));
  return buttons.childElementCount ? box : null;
}

function formatTotal(order) {
  return Number.isFinite(order.totalAmountCents) ? formatCents(order.totalAmountCents) : '';
}

await showOrderList({
  role: 'guest',
  actions,
  confirmation,
  describe: (result) => (result.totalCount ? `You made ${plural(result.totalCount, 'booking')}.` : 'The bookings you made.'),
  empty: (result) => (result.totalCount
    ? emptyState({ icon: 'suitcase', title: 'No trips on this page', action: { href: '/orders', label: 'First page' } })
    : emptyState({ icon: 'suitcase', title: 'No trips yet', text: 'Find a home you like and request to book it.', action: { href: '/search', label: 'Explore homes' } })),
});
