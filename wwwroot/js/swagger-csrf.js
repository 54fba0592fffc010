// Loaded by Swagger UI. It authorizes the "csrf" security scheme with the csrf_token cookie, so that "Try it out"
// sends the X-CSRF-Token header and "Copy as curl" shows it. A token is fetched first when there is no cookie, and
// the cookie is read again after every call, since sign-in, registration and sign-out replace it.
(() => {
  const scheme = 'csrf';
  const originalFetch = window.fetch.bind(window);
  let authorized = null;

  const readToken = () => {
    const match = document.cookie.match(/(?:^|;\s*)csrf_token=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  };

  // Swagger UI can authorize a scheme only once its document is loaded, hence the wait for the store to have it.
  const authorize = () => {
    const token = readToken();
    const ui = window.ui;
    if (!ui || !token || token === authorized || !ui.specSelectors.specJson().getIn(['components', 'securitySchemes', scheme])) return;
    authorized = token;
    ui.preauthorizeApiKey(scheme, token);
  };

  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init);
    authorize();
    return response;
  };

  window.addEventListener('load', () => setTimeout(async () => {
    if (!readToken()) await originalFetch('/api/v1.0/csrf-token', { credentials: 'same-origin' });
    window.ui.getStore().subscribe(authorize);
    authorize();
  }));
})();
