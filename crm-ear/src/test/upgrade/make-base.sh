#!/usr/bin/env bash
# Makes the database the upgrade test starts from: the given EAR (the version before the change to test) runs on a
# scratch PostgreSQL database, is filled over REST with what users create (customers with purchases, notes,
# follow-ups, shares, a scoring run, a survey with answers and its NPS scores, schedules, and the audit entries of all
# that), and the database is dumped as plain SQL (schema crm_upgrade) together with the answers that version gave
# (what the next version must still give). See docs/operations.md, "Upgrades".
#
#   crm-ear/src/test/upgrade/make-base.sh <crm.ear> <name>
#
# writes crm-ear/src/test/resources/upgrade/<name>.sql and <name>.expected.json. Needs PostgreSQL on 127.0.0.1:5432
# (trust auth, user postgres), curl, jq, and the Payara ports free (wrap it in flock /tmp/payara.lock on a shared host).
set -euo pipefail

EAR=$(realpath "$1")
NAME=$2
OUT="$(cd "$(dirname "$0")/.." && pwd)/resources/upgrade"
DB=crm_upgrade_base
SCHEMA=crm_upgrade
PG=(-h 127.0.0.1 -p 5432 -U postgres)
PAYARA_ZIP=${PAYARA_ZIP:-$HOME/.m2/repository/fish/payara/distributions/payara/6.2025.10/payara-6.2025.10.zip}
API=http://localhost:8080/crm/api/v1
WORK=$(mktemp -d)
READS="$WORK/reads.jsonl"
SEARCHES="$WORK/searches.jsonl"
mkdir -p "$OUT"

ASADMIN="$WORK/payara6/bin/asadmin"
cleanup() {
    [ -x "$ASADMIN" ] && "$ASADMIN" stop-domain --kill=true >/dev/null 2>&1 || true
    dropdb "${PG[@]}" --if-exists "$DB" || true
    rm -rf "$WORK"
}
trap cleanup EXIT

dropdb "${PG[@]}" --if-exists "$DB"
createdb "${PG[@]}" "$DB"
unzip -q "$PAYARA_ZIP" -d "$WORK"
chmod +x "$WORK"/payara6/bin/* "$WORK"/payara6/glassfish/bin/*
PG_JAR=${PG_JAR:-$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n1)}
# the CRM's database is the domain's JDBC resource jdbc/crm (docs/operations.md); EARs before it read CRM_DB_URL
export CRM_DEMO=true CRM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" CRM_DB_USER=postgres CRM_DB_PASSWORD= \
    CRM_SEARCH_INDEX_DIR="$WORK/index"
"$ASADMIN" start-domain
"$ASADMIN" add-library --type common "$PG_JAR"
"$ASADMIN" create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource \
    --restype=javax.sql.DataSource --property "serverName=127.0.0.1:portNumber=5432:databaseName=$DB:user=postgres" crm-pool
"$ASADMIN" create-jdbc-resource --connectionpoolid crm-pool jdbc/crm
"$ASADMIN" restart-domain
"$ASADMIN" deploy --name crm "$EAR"

# call USER METHOD PATH [JSON]: the answer's body; fails on anything but 2xx
call() {
    local args=(-sS --fail-with-body -u "$1:demo" -X "$2" -H 'Content-Type: application/json')
    [ $# -ge 4 ] && args+=(-d "$4")
    curl "${args[@]}" "$API/$3"
}
public() { curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' -d "$2" "$API/public/responses/$1"; }
# record USER PATH [JQ]: what USER reads at PATH now (filtered by JQ), with the ETag, for the next version to answer
record() {
    local headers body
    headers=$(mktemp)
    body=$(curl -sS --fail-with-body -u "$1:demo" -D "$headers" "$API/$2" | jq -c "${3:-.}")
    jq -cn --arg user "$1" --arg path "$2" --arg etag "$(grep -i '^etag:' "$headers" | cut -d' ' -f2- | tr -d '\r')" \
        --argjson body "$body" '{user: $user, path: $path, etag: $etag, body: $body}' >> "$READS"
    rm -f "$headers"
}
# finished EXECUTION: waits until the job execution completed
finished() {
    for _ in $(seq 1 240); do
        status=$(call batch GET "jobs/executions/$1" | jq -r .status)
        [ "$status" = COMPLETED ] && return 0
        case "$status" in FAILED|STOPPED|ABANDONED) echo "execution $1 $status" >&2; return 1;; esac
        sleep 0.5
    done
    echo "execution $1 did not finish" >&2; return 1
}
# found USER QUERY ID...: waits until the search finds these records, and records the search
found() {
    local user=$1 q=$2; shift 2
    for _ in $(seq 1 120); do
        ids=$(call "$user" GET "search?q=$(jq -rn --arg q "$q" '$q|@uri')" | jq -c '[.items[].id] | sort')
        [ "$ids" = "$(printf '%s\n' "$@" | jq -R . | jq -sc 'sort')" ] && {
            jq -cn --arg user "$user" --arg q "$q" --argjson ids "$ids" '{user: $user, q: $q, ids: $ids}' >> "$SEARCHES"; return 0; }
        sleep 0.5
    done
    echo "search $q as $user found $ids, not $*" >&2; return 1
}
for _ in $(seq 1 240); do
    curl -sf -u sales1:demo "$API/customers?limit=1" >/dev/null && break
    sleep 0.5
done

# Customers of two owners, with purchases
C1=$(call sales1 POST customers '{"type": "PERSON", "name": "升级 王小明", "phones": ["+8613900007101"],
  "emails": ["upgrade.wang@example.com"], "gender": "MALE", "birthday": "1988-08-08", "occupation": "engineer",
  "region": "华东", "city": "上海", "source": "WEB", "tags": ["upgrade-base", "newsletter"],
  "consents": {"EMAIL": true, "SMS": false}}' | jq -r .id)
C2=$(call sales1 POST customers '{"type": "PERSON", "name": "Upgrade Emily Base", "phones": ["+14155552672"],
  "emails": ["upgrade.emily@example.com"], "region": "华东", "city": "杭州", "source": "REFERRAL",
  "tags": ["upgrade-base"], "consents": {"EMAIL": true}}' | jq -r .id)
C3=$(call sales2 POST customers '{"type": "COMPANY", "name": "升级科技有限公司", "phones": ["+862188887103"],
  "emails": ["buyer@upgrade-tech.example.cn"], "region": "华东", "city": "南京", "source": "OFFLINE_EVENT",
  "tags": ["upgrade-base", "b2b"], "consents": {"EMAIL": true, "PHONE": true}}' | jq -r .id)
purchase() { call "$1" POST "customers/$2/purchases" "{\"amount\": \"$3\", \"currency\": \"CNY\", \"occurredAt\": \"$4\", \"externalId\": \"$5\"}" >/dev/null; }
purchase sales1 "$C1" 99.00 2026-09-01T08:00:00Z UPG-1001
purchase sales1 "$C1" 250.50 2026-10-11T09:30:00Z UPG-1002
purchase sales1 "$C1" 1200.00 2026-11-20T02:00:00Z UPG-1003
purchase sales1 "$C2" 45.00 2026-03-02T10:00:00Z UPG-2001
for i in 1 2 3 4 5; do purchase sales2 "$C3" "$((i * 1000)).00" "2026-0$((i + 4))-15T06:00:00Z" "UPG-300$i"; done

# Notes and follow-ups, in Chinese and English, with words nobody else writes
N1=$(call sales1 POST "customers/$C1/notes" '{"text": "客户要求退款，答应下周回访 upgradealpha。Asked about a refund, call back on 13900007101."}' | jq -r .id)
N2=$(call sales1 POST "customers/$C2/notes" '{"text": "Renewal discussed, upgradebravo discount offered.\nSecond line."}' | jq -r .id)
N3=$(call sales2 POST "customers/$C3/notes" '{"text": "公司年度采购合同 upgradecharlie 已签"}' | jq -r .id)
F1=$(call sales1 POST "customers/$C1/follow-ups" '{"channel": "PHONE", "content": "回访退款进度 upgradedelta", "dueAt": "2026-11-30T02:00:00Z"}' | jq -r .id)
F2=$(call sales2 POST "customers/$C3/follow-ups" '{"channel": "VISIT", "content": "上门拜访 upgradeecho", "outcome": "签约", "nextStep": "季度回顾", "status": "DONE"}' | jq -r .id)
F3=$(call sales1 POST "customers/$C2/follow-ups" '{"channel": "EMAIL", "content": "No due date upgradefoxtrot"}' | jq -r .id)

# Shares
call sales1 POST "customers/$C1/shares" '{"userId": "sales2", "access": "READ"}' >/dev/null
call sales2 POST "customers/$C3/shares" '{"teamId": "west", "access": "WRITE"}' >/dev/null

# Scores, tiers and stages from a scoring run
finished "$(call batch POST jobs/customer-scoring/executions '{}' | jq -r .executionId)"

# A survey to everyone, answered by everyone invited (C2 a detractor: a closed-loop follow-up), its NPS scores; groups
# of fewer than 5 answers are hidden from analysts
S=$(call batch POST surveys '{"name": "Upgrade base NPS", "type": "NPS", "question": "您向朋友推荐我们的可能性有多大？",
  "followUpQuestion": "为什么？", "channel": "EMAIL", "fatigueDays": 30, "validDays": 3650, "target": {"everyone": true}}' | jq -r .id)
finished "$(call batch POST "surveys/$S/dispatches" '{}' | jq -r .executionId)"
INVITATIONS=$(call batch GET "surveys/$S/invitations?status=PENDING&limit=200")
token() { jq -r --arg c "$1" '.items[] | select(.customerId == $c) | .token' <<< "$INVITATIONS"; }
public "$(token "$C1")" '{"score": 9, "comment": "很好"}' >/dev/null
public "$(token "$C2")" '{"score": 3, "comment": "太慢了 too slow"}' >/dev/null
SCORES=(10 9 8 7 6 10 9 0 5 10 8 9)
i=0
for t in $(jq -r --arg a "$C1" --arg b "$C2" '.items | sort_by(.customerId | tonumber)[] | select(.customerId != $a and .customerId != $b) | .token' <<< "$INVITATIONS"); do
    public "$t" "{\"score\": ${SCORES[$((i % ${#SCORES[@]}))]}}" >/dev/null
    i=$((i + 1))
done
finished "$(call batch POST jobs/nps-scoring/executions '{}' | jq -r .executionId)"

# Schedules: one running nightly, one paused
SC1=$(call batch POST schedules '{"jobName": "customer-scoring", "cron": "30 1 * * *", "timeZone": "Asia/Shanghai"}' | jq -r .id)
SC2=$(call batch POST schedules '{"jobName": "nps-scoring", "cron": "0 3 * * 1", "timeZone": "UTC"}' | jq -r .id)
ETAG=$(curl -sS --fail-with-body -u batch:demo -D - -o /dev/null "$API/schedules/$SC2" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
curl -sS --fail-with-body -u batch:demo -X PATCH -H 'Content-Type: application/merge-patch+json' -H "If-Match: $ETAG" \
    -d '{"enabled": false}' "$API/schedules/$SC2" >/dev/null

# What this version answers, recorded for the next one
found sales1 upgradealpha "$N1"
found sales1 upgradebravo "$N2"
found sales2 upgradecharlie "$N3"
found sales1 upgradedelta "$F1"
found sales2 upgradeecho "$F2"
found sales1 upgradefoxtrot "$F3"
found sales2 "upgradealpha OR upgradecharlie" "$N1" "$N3"
found sales3 upgradecharlie "$N3"
for c in "$C1" "$C2"; do
    for p in "" /purchases /notes /follow-ups /history /shares; do record sales1 "customers/$c$p"; done
done
for p in "" /purchases /notes /follow-ups /history /shares; do record sales2 "customers/$C3$p"; done
record sales2 "customers/$C1"
record service1 "customers/$C1"
record sales3 "customers/$C3"
record sales1 "notes/$N1"
record sales1 "follow-ups/$F1"
record sales2 "follow-ups/$F2"
record sales1 "customers?tag=upgrade-base&limit=200"
record analyst "customers/count?tag=upgrade-base"
record batch "surveys/$S"
record batch "surveys/$S/invitations?status=RESPONDED&limit=200"
for g in tier lifecycleStage ownerId region month; do
    record analyst "surveys/$S/scores?groupBy=$g"
    record batch "surveys/$S/scores?groupBy=$g"
done
record batch "schedules/$SC1" 'del(.nextFireTimes)'
record batch "schedules/$SC2" 'del(.nextFireTimes)'
record auditor "audit?entityType=customer&entityId=$C1&limit=200" '{items: [.items[] | select(.action != "READ_PII")]}'
record auditor "audit?entityType=schedule&limit=200" '{items: [.items[] | select(.action != "READ_PII")]}'

"$ASADMIN" stop-domain
SCHEMA_VERSION=$(psql "${PG[@]}" -d "$DB" -Atc "SELECT version FROM crm_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")
psql "${PG[@]}" -d "$DB" -qc "ALTER SCHEMA public RENAME TO $SCHEMA"
# INSERTs rather than COPY, and without psql's \restrict lines: the build loads it through JDBC
pg_dump "${PG[@]}" --no-owner --no-privileges --inserts --schema="$SCHEMA" "$DB" | grep -v '^\\\(un\)\?restrict ' > "$OUT/$NAME.sql"
jq -n --arg made "$(date -u +%FT%TZ)" --arg from "$(basename "$EAR")" --arg schema "$SCHEMA_VERSION" \
    --slurpfile reads "$READS" --slurpfile searches "$SEARCHES" \
    '{madeAt: $made, schemaVersion: $schema, reads: $reads, searches: $searches}' > "$OUT/$NAME.expected.json"
ls -l "$OUT/$NAME.sql" "$OUT/$NAME.expected.json"
