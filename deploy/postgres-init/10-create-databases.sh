#!/bin/sh
# Runs once, on the first start of the compose PostgreSQL (docker-entrypoint-initdb.d).
# One database per service, each owned by its own login role: a service can reach only its own
# data, as in Kubernetes (CloudNativePG: one Cluster or one Database + role per service).
# Passwords come from the compose environment (LT_DB_PASSWORD_<SERVICE>); dev defaults only.
set -eu
for service in gateway members documents finance resolutions; do
  var="LT_DB_PASSWORD_$(echo "$service" | tr 'a-z' 'A-Z')"
  password="$(printenv "$var" || true)"
  if [ -z "$password" ]; then echo "init: $var is not set" >&2; exit 1; fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
  echo "init: database $service ready"
done
