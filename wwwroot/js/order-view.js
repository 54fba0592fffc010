// How an order looks in the guest's and the host's lists, and the list itself; each page adds its own actions.
import { api } from './api.js';
import { coverImage, h, replaceChildren } from './dom.js';
import { formatCents, formatDateTime, formatStay, plural } from './format.js';
import { showError } from './forms.js';
import { initLayout } from './layout.js';
import { currentPage, renderPager } from './paging.js';

export const STATUS = {
  PENDING: { label: 'Awaiting host', tone: 'warn' },
  UNPAID: { label: 'Awaiting payment', tone: 'info' },
  PAID: { label: 'Paid', tone: 'ok' },
  REVIEW_PENDING: { label: 'Awaiting review', tone: 'accent' },
  COMPLETED: { label: 'Completed', tone: 'ok' },
  CANCELLED: { label: 'Cancelled', tone: '' },
  REJECTED: { label: 'Rejected', tone: 'danger' },
};

/** A badge for an order status. */
export function statusBadge(status) {
  const known = STATUS[status] ?? { label: status ?? 'Unknown', tone: '' };
  return h('span', { class: `badge ${known.tone}`.trim(), 'data-status': status }, known.label);
}

/**
 * An order card: house, dates, amounts, status, notes and comment; `actions` (an element) is appended when
 * given. `role` is 'guest' or 'host' (it words the comment).
 */
export function orderCard(order, role, actions) {
  const house = order.house ?? {};
  const href = house.id ? `/detail?id=${encodeURIComponent(house.id)}` : null;
  const title = house.title ?? `Order ${order.id}`;
  const nights = Number.isFinite(order.nights) ? order.nights : null;
  const comment = order.comment
    ? (order.status === 'REJECTED'
      ? `${role === 'host' ? 'Your reason' : "Host's reason"}: ${order.comment}`
      : `${role === 'host' ? "Guest's review" : 'Your review'}: ${order.comment}`)
    : null;
  return h('li', { class: 'card order-card', id: `order-${order.id}`, 'data-order-id': order.id, 'data-status': order.status },
    href ? h('a', { href, tabindex: '-1', 'aria-hidden': 'true' }, coverImage(house.coverImageUrl, '')) : coverImage(house.coverImageUrl, ''),
    h('div', { class: 'order-main' },
      h('div', { class: 'order-top' },
        h('h2', {}, href ? h('a', { href }, title) : title),
        statusBadge(order.status)),
      h('ul', { class: 'order-facts' },
        h('li', {}, 'Dates ', h('strong', { text: formatStay(order.checkIn, order.checkOut) })),
        nights !== null ? h('li', {}, h('strong', { text: plural(nights, 'night') })) : null,
        Number.isFinite(order.guests) ? h('li', {}, h('strong', { text: plural(order.guests, 'guest') })) : null,
        order.pricePerNightCents !== undefined ? h('li', {}, `${formatCents(order.pricePerNightCents)} / night`) : null,
        h('li', {}, 'Total ', h('strong', { text: formatCents(order.totalAmountCents) })),
        role === 'host' && (order.guest?.username ?? order.guestUsername)
          ? h('li', {}, 'Guest ', h('strong', { text: order.guest?.username ?? order.guestUsername }))
          : null,
        h('li', { class: 'small' }, `Order #${order.id}`),
        order.createdAt ? h('li', { class: 'small' }, `Requested ${formatDateTime(order.createdAt)}`) : null),
      order.notes ? h('p', { class: 'order-note' }, h('strong', {}, role === 'host' ? 'Guest notes: ' : 'Your notes: '), order.notes) : null,
      comment ? h('p', { class: 'order-note', text: comment }) : null,
      actions ?? null));
}

/**
 * Shows one page of the caller's orders as `role` ('guest' or 'host'). `actions(order, update)` builds a card's
 * buttons, or null; they call `update(answer)` with what the API answered, which redraws the card and says
 * `confirmation(order)` on it. `describe(result)` words the count line; `empty(result)` stands in for an empty page.
 */
export async function showOrderList({ role, actions, confirmation, describe, empty }) {
  const container = document.getElementById('orders');

  function render(order) {
    let card = null;
    const update = (answer) => {
      const changed = { ...order, ...answer, house: answer?.house ?? order.house };
      const fresh = render(changed);
      card.replaceWith(fresh);
      fresh.querySelector('.order-main').append(h('p', { class: 'alert success', role: 'status', text: confirmation(changed) }));
      fresh.setAttribute('tabindex', '-1');
      fresh.focus();
    };
    card = orderCard(order, role, actions(order, update));
    return card;
  }

  try {
    await initLayout({ requireAuth: true });
    const result = await api('/users/me/orders', { query: { role, page: currentPage(), pageSize: 10 } });
    document.getElementById('order-count').textContent = describe(result);
    replaceChildren(container, result.items.length ? h('ul', { class: 'order-list' }, result.items.map(render)) : empty(result));
    renderPager(document.getElementById('pager'), result);
    // A link to one order (#order-12, as the booking page gives) can only scroll once the cards are there.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  } catch (error) {
    replaceChildren(container);
    showError(document.getElementById('page-alert'), error);
  }
}
