// The one way pages talk to the API: JSON in and out, the CSRF header on unsafe methods,
// and problem details turned into ApiError so pages can show `detail` to the person.
const BASE = '/api/v1.0';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? null;
    this.errors = problem?.errors ?? {};
  }
}

function readCookie(name) {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : null;
}

async function csrfToken() {
  let token = readCookie('csrf_token');
  if (!token) {
    await fetch(`${BASE}/csrf-token`, { credentials: 'same-origin' });
    token = readCookie('csrf_token');
  }
  return token;
}

/**
 * Calls the API. `body` is sent as JSON, or as-is when it is FormData (file uploads).
 * Resolves to the parsed JSON (null for 204), rejects with ApiError.
 */
export async function api(path, { method = 'GET', body, query } = {}) {
  const url = new URL(BASE + path, location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const headers = { Accept: 'application/json' };
  const upper = method.toUpperCase();
  if (UNSAFE.has(upper)) headers['X-CSRF-Token'] = await csrfToken();
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  let response;
  try {
    response = await fetch(url, { method: upper, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { detail: 'The server cannot be reached. Check your connection and try again.' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Formats an amount of cents as currency units, e.g. 12345 -> "¥123.45". */
export function formatCents(cents) {
  return `¥${(cents / 100).toFixed(2)}`;
}
