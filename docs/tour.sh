#!/usr/bin/env bash
# The README's API tour, as a script that runs: a host registers, sets the real-name identity, publishes a house with
# a photo; a guest registers, finds the house free and books it; the host accepts; the guest pays. It needs curl and
# jq, and an app running in Development with its console in a file and captcha texts logged:
#
#   Captchas__LogTexts=true dotnet run --project HomeRental.Api --urls http://localhost:5080 2>&1 | tee app.log
#   docs/tour.sh            # in another terminal; API=http://host:port and LOG=path/to/the/log say where they are
set -euo pipefail

api="${API:-http://localhost:5080}/api/v1.0"
log="${LOG:-app.log}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }

# call JAR STATUS METHOD PATH [JSON]: one request as the account whose cookies JAR keeps; prints the answer, and
# stops the tour if the status is another. The CSRF token is read from the jar each time: sign-in, registration and
# sign-out set a new csrf_token cookie, and the old token is refused from then on.
call() {
  local jar=$1 want=$2 method=$3 path=$4 body=${5-}
  local token
  token=$(awk '$6 == "csrf_token" { print $7 }' "$jar")
  local request=(-s -o "$work/answer" -w '%{http_code}' -b "$jar" -c "$jar" -X "$method" -H "X-CSRF-Token: $token")
  if [ -n "$body" ]; then
    request+=(-H 'Content-Type: application/json' --data "$body")
  fi
  answered "$want" "$method $path" "$(curl "${request[@]}" "$api$path")"
}

# upload JAR STATUS PATH FIELD FILE: a multipart upload, checked like call.
upload() {
  local jar=$1 want=$2 path=$3 field=$4 file=$5
  local token
  token=$(awk '$6 == "csrf_token" { print $7 }' "$jar")
  answered "$want" "POST $path" \
    "$(curl -s -o "$work/answer" -w '%{http_code}' -b "$jar" -c "$jar" -H "X-CSRF-Token: $token" -F "$field=@$file;type=image/png" "$api$path")"
}

answered() {
  if [ "$3" != "$1" ]; then
    echo "$2 answered $3, not $1:" >&2
    cat "$work/answer" >&2
    echo >&2
    exit 1
  fi
  cat "$work/answer"
  echo
}

# from_log PATTERN: the last text in the log that matches the extended regular expression, once the app wrote it.
from_log() {
  local attempt found
  for attempt in $(seq 50); do
    found=$(grep -oE "$1" "$log" | tail -n 1 || true)
    if [ -n "$found" ]; then
      echo "$found"
      return
    fi
    sleep 0.2
  done
  echo "Nothing in $log matches '$1': is the app's console going there, in Development, with Captchas__LogTexts=true?" >&2
  exit 1
}

new_phone() { printf '139%08d' $(((RANDOM * 32768 + RANDOM) % 100000000)); }

# A valid identity number of its own for each run (each number can be verified for one account only).
new_id_number() {
  local body weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=10X98765432 sum=0 i
  body=$(printf '110105%04d%02d%02d%03d' $((1950 + RANDOM % 50)) $((1 + RANDOM % 12)) $((1 + RANDOM % 28)) $((RANDOM % 1000)))
  for i in $(seq 0 16); do
    sum=$((sum + ${body:i:1} * weights[i]))
  done
  echo "$body${checks:sum % 11:1}"
}

day_from_now() { date -u -d "+$1 days" +%F 2>/dev/null || date -u -v+"$1"d +%F; }

# register JAR NAME: a new account signed in on JAR, through the captcha (its text from the log) and the SMS code
# (from the log too, as the Log sender writes it in Development).
register() {
  local jar=$1 name=$2 phone captcha text code
  : >"$jar"
  phone=$(new_phone)
  captcha="tour-$RANDOM$RANDOM$RANDOM"
  call "$jar" 200 GET /csrf-token >/dev/null
  curl -s -b "$jar" -o "$work/$name-captcha.png" "$api/captchas/$captcha"
  text=$(from_log "Captcha $captcha reads [A-Z0-9]+" | awk '{ print $4 }')
  call "$jar" 202 POST /sms-codes "{\"phone\":\"$phone\",\"captchaId\":\"$captcha\",\"captchaText\":\"$text\"}"
  code=$(from_log "SMS code [0-9]{6} for $phone" | awk '{ print $3 }')
  call "$jar" 201 POST /users "{\"phone\":\"$phone\",\"smsCode\":\"$code\",\"password\":\"a long password\",\"username\":\"$name$RANDOM\"}"
}

host="$work/host.jar"
guest="$work/guest.jar"
check_in=$(day_from_now 30)
check_out=$(day_from_now 33)

step "1-2. The host: a captcha, an SMS code, registration (which signs in)"
register "$host" host
call "$host" 200 GET /sessions/current

step "3. The real-name identity, which publishing needs"
call "$host" 200 PUT /users/me/identity "{\"realName\":\"Zhang San\",\"idNumber\":\"$(new_id_number)\"}"

step "4. A house in the first district with the first two amenities, a photo, and a search for the stay"
district=$(call "$host" 200 GET /districts | jq '.[0].id')
amenities=$(call "$host" 200 GET /amenities | jq -c '[.[0].id, .[1].id]')
house=$(call "$host" 201 POST /houses "{\"title\":\"Courtyard flat\",\"priceCents\":35000,\"districtId\":$district,
  \"address\":\"12 Lake Lane\",\"roomCount\":2,\"areaSize\":60,\"floorPlan\":\"2 rooms, 1 hall\",\"maxGuests\":3,
  \"bedConfig\":\"1 double bed\",\"depositCents\":50000,\"minNights\":1,\"maxNights\":0,\"amenityIds\":$amenities}" | jq '.id')
upload "$host" 201 "/houses/$house/images" image "$work/host-captcha.png"
call "$host" 200 GET "/houses?districtId=$district&checkIn=$check_in&checkOut=$check_out&guests=2&sort=new" |
  jq -e --argjson house "$house" 'any(.items[]; .id == $house)' >/dev/null

step "5. A guest (a second account) books it, the host accepts, the guest pays"
register "$guest" guest
order=$(call "$guest" 201 POST /orders "{\"houseId\":$house,\"checkIn\":\"$check_in\",\"checkOut\":\"$check_out\"}" | jq '.id')
call "$host" 200 PUT "/orders/$order/status" '{"action":"accept"}'
call "$guest" 200 POST "/orders/$order/payment" | jq -e '.status == "PAID"' >/dev/null
call "$guest" 200 GET /users/me/orders

step "6. Both sign out"
call "$guest" 204 DELETE /sessions/current
call "$host" 204 DELETE /sessions/current
echo "The tour ran: house $house, order $order."
