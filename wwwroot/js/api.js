// The one way pages talk to the API: JSON in and out, the CSRF header on unsafe methods,
// and problem details turned into ApiError so pages can show `detail` to the person.
const BASE = '/api/v1.0';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TIMEOUT_MS = 30_000;
const UPLOAD_TIMEOUT_MS = 120_000;

export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when the server could not be reached.
   * @param {object|null} problem The RFC 9457 problem details body, when there was one.
   * @param {number|null} retryAfter Seconds from a Retry-After header (429), when there was one.
   */
  constructor(status, problem, retryAfter = null) {
    super(problem?.detail || problem?.title || `The request failed (HTTP ${status}). Please try again.`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? null;
    this.errors = problem?.errors ?? {};
    this.traceId = problem?.traceId ?? null;
    this.retryAfter = retryAfter;
  }
}

function readCookie(name) {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : null;
}

async function refreshCsrfToken() {
  try {
    await fetch(`${BASE}/csrf-token`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    // The request that needs the token reports the failure.
  }
  return readCookie('csrf_token');
}

async function csrfToken() {
  return readCookie('csrf_token') ?? (await refreshCsrfToken());
}

function parseRetryAfter(value) {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function send(url, method, body, isUpload) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (UNSAFE.has(method)) {
    const token = await csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), isUpload ? UPLOAD_TIMEOUT_MS : TIMEOUT_MS);
  try {
    return await fetch(url, { method, headers, body: payload, credentials: 'same-origin', signal: controller.signal });
  } catch (error) {
    const detail = error?.name === 'AbortError'
      ? 'The server took too long to answer. Please try again.'
      : 'The server cannot be reached. Check your connection and try again.';
    throw new ApiError(0, { detail });
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Calls the API. `body` is sent as JSON, or as-is when it is FormData (file uploads).
 * `query` values that are undefined, null or '' are left out.
 * Resolves to the parsed JSON (null for 204 or an empty body), rejects with ApiError.
 */
export async function api(path, { method = 'GET', body, query } = {}) {
  const url = new URL(BASE + path, location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const upper = method.toUpperCase();
  const isUpload = body instanceof FormData;

  let response = await send(url, upper, body, isUpload);
  let data = response.status === 204 ? null : await readBody(response);
  if (response.status === 400 && data?.code === 'csrf_invalid' && UNSAFE.has(upper)) {
    // The token may have been rotated by a sign-in in another tab: fetch a fresh one and try once more.
    await refreshCsrfToken();
    response = await send(url, upper, body, isUpload);
    data = response.status === 204 ? null : await readBody(response);
  }
  if (!response.ok) {
    throw new ApiError(response.status, data, parseRetryAfter(response.headers.get('Retry-After')));
  }
  return data;
}
