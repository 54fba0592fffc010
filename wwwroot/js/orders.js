// The guest's trips: pay (UNPAID: a summary to confirm, then a receipt), cancel (PENDING, UNPAID, with a
// confirmation), review (REVIEW_PENDING; a PAID trip says from which day); a PENDING or UNPAID trip says until when.
import { api } from './api.js';
import { emptyState, h } from './dom.js';
import { formatCents, formatDate, formatDateTime, formatStay, plural } from './format.js';
import { onClick, onSubmit } from './forms.js';
import { showOrderList, STATUS } from './order-view.js';

const DONE = {
  PAID: (order) => `Payment received: ${formatCents(order.totalAmountCents)} on ${formatDateTime(order.updatedAt)}, order #${order.id}. Enjoy your stay!`,
  CANCELLED: () => 'Your booking is cancelled.',
  COMPLETED: () => 'Thank you: your review is published on the home.',
};

function confirmation(order) {
  return DONE[order.status]?.(order) ?? `The booking is now: ${STATUS[order.status]?.label ?? order.status}.`;
}

function actionRegion() {
  return h('div', { class: 'alert', role: 'alert', hidden: true });
}

/**
 * A button that opens an inline confirmation: `content` and a Yes and a No button; Yes runs `action` with its
 * busy label, No closes it and gives the focus back.
 */
function withConfirmation(trigger, { content, yes, noLabel = 'Not now', busyLabel, action, region }) {
  const no = h('button', { type: 'button', class: 'button secondary small' }, noLabel);
  const panel = h('div', { class: 'inline-form', hidden: true }, content, h('div', { class: 'order-actions' }, yes, no));
  trigger.setAttribute('aria-expanded', 'false');
  trigger.addEventListener('click', () => {
    panel.hidden = false;
    trigger.setAttribute('aria-expanded', 'true');
    yes.focus();
  });
  no.addEventListener('click', () => {
    panel.hidden = true;
    trigger.setAttribute('aria-expanded', 'false');
    trigger.focus();
  });
  onClick(yes, action, { region, busyLabel });
  return panel;
}

function paymentSummary(order) {
  const line = (label, value) => h('li', {}, h('span', { class: 'muted', text: label }), h('strong', { text: value }));
  return h('div', { class: 'stack' },
    h('p', { class: 'small' }, h('strong', {}, 'Pay for this stay?')),
    h('ul', { class: 'summary-list', 'data-testid': 'payment-summary' },
      line('Home', order.house?.title ?? `Order ${order.id}`),
      line('Dates', formatStay(order.checkIn, order.checkOut)),
      line('Nights', plural(order.nights, 'night')),
      line('Guests', plural(order.guests ?? 1, 'guest')),
      h('li', { class: 'total' }, h('span', {}, 'Total'), h('span', { text: formatCents(order.totalAmountCents) }))));
}

function actions(order, update) {
  const region = actionRegion();
  const buttons = h('div', { class: 'order-actions' });
  const box = h('div', { class: 'stack' }, buttons, region);
  const act = async (path, method, body) => {
    update(await api(`/orders/${encodeURIComponent(order.id)}/${path}`, { method, body }));
  };

  if (order.status === 'UNPAID') {
    const pay = h('button', { type: 'button', class: 'button', 'data-action': 'pay' }, `Pay ${formatCents(order.totalAmountCents)}`);
    box.append(withConfirmation(pay, {
      content: paymentSummary(order),
      yes: h('button', { type: 'button', class: 'button small', 'data-action': 'confirm-pay' }, 'Confirm payment'),
      busyLabel: 'Paying…',
      action: () => act('payment', 'POST'),
      region,
    }));
    buttons.append(pay);
  }
  if (order.status === 'PENDING' || order.status === 'UNPAID') {
    const cancel = h('button', { type: 'button', class: 'button danger', 'data-action': 'cancel' }, 'Cancel booking');
    box.append(withConfirmation(cancel, {
      content: h('p', { class: 'small' }, h('strong', {}, 'Cancel this booking?'), ' This cannot be undone.'),
      yes: h('button', { type: 'button', class: 'button danger small', 'data-action': 'confirm-cancel' }, 'Yes, cancel it'),
      noLabel: 'Keep it',
      busyLabel: 'Cancelling…',
      action: () => act('cancellation', 'POST'),
      region,
    }));
    buttons.append(cancel);
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
  if (order.expiresAt && order.status === 'PENDING') {
    buttons.after(h('p', { class: 'muted small deadline', text: `The host has until ${formatDateTime(order.expiresAt)} to answer.` }));
  }
  if (order.expiresAt && order.status === 'UNPAID') {
    buttons.after(h('p', { class: 'muted small deadline', text: `Pay by ${formatDateTime(order.expiresAt)}, or the booking is cancelled.` }));
  }
  if (order.status === 'PAID') buttons.append(h('p', { class: 'muted small review-from', text: `You can review this stay from ${formatDate(order.checkOut)}.` }));
  return buttons.childElementCount ? box : null;
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
