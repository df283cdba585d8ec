#!/bin/sh
# Entry of every Liên Thông image. LT_APP is baked in at build time (--build-arg APP=…).
#   serve    run the app (default)
#   migrate  run the app's database migrations under its advisory lock, then exit
#   *        run the given command (debugging: `docker run --rm -it IMAGE sh`)
set -eu
app="${LT_APP:?LT_APP is not set: build the image with --build-arg APP=<name>}"
case "${1:-serve}" in
  serve) exec node "/app/dist/out/services/${app}/src/main.js" ;;
  migrate) exec node /app/deploy/migrate.cjs "${app}" ;;
  *) exec "$@" ;;
esac
