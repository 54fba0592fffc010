# shellcheck shell=bash
# Sourced by bench/run.sh: cookies and CSRF tokens for scripted clients. Needs BASE.
#
# Outside Development the app marks the session cookie Secure, and curl's cookie jar neither keeps nor sends a
# Secure cookie over plain http. The server, though, reads a cookie however it arrives. So these helpers read the
# Set-Cookie headers themselves (curl -D -) and send the cookies back in a Cookie header: the app runs exactly as
# configured, without trusting forwarded headers (ReverseProxy:TrustForwardedHeaders would also make it take the
# client address and scheme from X-Forwarded-* headers, one more middleware on every measured request).

# set_cookies <response headers>: "name=value" of each Set-Cookie, in order.
set_cookies() {
  tr -d '\r' <<<"$1" | awk 'tolower($1) == "set-cookie:" { sub(/;.*/, "", $2); print $2 }'
}

# cookie_header: reads "name=value" lines; prints one Cookie header value, the last value of each name winning.
cookie_header() {
  awk '{
    name = substr($0, 1, index($0, "=") - 1)
    if (!(name in value)) order[++count] = name
    value[name] = substr($0, length(name) + 2)
  } END { for (i = 1; i <= count; i++) printf "%s%s=%s", (i > 1 ? "; " : ""), order[i], value[order[i]] }'
}

# cookie_value <name>: reads "name=value" lines; prints the last value of that name.
cookie_value() {
  awk -v name="$1" 'substr($0, 1, length(name) + 1) == name "=" { value = substr($0, length(name) + 2) } END { print value }'
}

# status <response headers>: the HTTP status code.
status() {
  head -n1 <<<"$1" | awk '{ print $2 }'
}

# anonymous_client: "<Cookie header>\t<X-CSRF-Token>" of a client that is not signed in.
anonymous_client() {
  local cookies
  cookies=$(set_cookies "$(curl -sS -D - -o /dev/null "$BASE/api/v1.0/csrf-token")")
  printf '%s\t%s\n' "$(cookie_header <<<"$cookies")" "$(cookie_value csrf_token <<<"$cookies")"
}

# signed_in_client <phone> <password>: "<Cookie header>\t<X-CSRF-Token>" of a new session, checked with
# GET /sessions/current; fails loudly otherwise. Signing in issues a fresh token, bound to the user.
signed_in_client() {
  local anonymous cookies response
  anonymous=$(curl -sS -D - -o /dev/null "$BASE/api/v1.0/csrf-token")
  cookies=$(set_cookies "$anonymous")
  response=$(curl -sS -D - -o /dev/null -X POST "$BASE/api/v1.0/sessions" \
    -H "Content-Type: application/json" -H "Cookie: $(cookie_header <<<"$cookies")" \
    -H "X-CSRF-Token: $(cookie_value csrf_token <<<"$cookies")" \
    --data "{\"phone\":\"$1\",\"password\":\"$2\"}")
  if [ "$(status "$response")" != 200 ]; then
    echo "Signing in as $1 failed:" >&2
    echo "$response" >&2
    return 1
  fi
  cookies=$(printf '%s\n%s\n' "$cookies" "$(set_cookies "$response")")
  local cookie_line
  cookie_line=$(cookie_header <<<"$cookies")
  if [ "$(status "$(curl -sS -D - -o /dev/null -H "Cookie: $cookie_line" "$BASE/api/v1.0/sessions/current")")" != 200 ]; then
    echo "The session of $1 is not accepted by GET /sessions/current." >&2
    return 1
  fi
  printf '%s\t%s\n' "$cookie_line" "$(cookie_value csrf_token <<<"$cookies")"
}
