// Loaded by Swagger UI: its "Try it out" calls go through fetch, so this adds the X-CSRF-Token header to
// unsafe calls, fetching a token first when there is no csrf_token cookie (as the pages' api.js does).
(() => {
  const originalFetch = window.fetch.bind(window);
  const unsafe = /^(POST|PUT|PATCH|DELETE)$/i;
  const readToken = () => {
    const match = document.cookie.match(/(?:^|;\s*)csrf_token=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  };

  window.fetch = async (input, init = {}) => {
    const method = init.method ?? (input instanceof Request ? input.method : 'GET');
    if (!unsafe.test(method)) return originalFetch(input, init);
    let token = readToken();
    if (!token) {
      await originalFetch('/api/v1.0/csrf-token', { credentials: 'same-origin' });
      token = readToken();
    }
    const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
    if (token) headers.set('X-CSRF-Token', token);
    return originalFetch(input, { ...init, headers });
  };
})();
