# casebot's image: docs/deploy.md says how to run it (Compose, Kubernetes).
# Build: docker build -t casebot .

# --- build: install everything, compile TypeScript to dist/, then drop the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary; where there is none for the platform it compiles one.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build && npm prune --omit=dev

# --- run: compiled JavaScript, production dependencies and the knowledge, as an unprivileged user.
FROM node:20-bookworm-slim
# tini is PID 1: it passes SIGTERM/SIGINT on to casebot (which drains) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    DATA_DIR=/app/data \
    CACHE_DIR=/app/.cache \
    PORT=3000 \
    OPS_PORT=9090
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
# The only folders casebot writes: the SQLite store (unused with DATABASE_URL) and the knowledge cache.
RUN mkdir -p /app/data /app/.cache && chown node:node /app/data /app/.cache
USER node
EXPOSE 3000 9090
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "dist/adapters/healthcheck.js"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# Node itself, not npm: the signal reaches casebot, and nothing compiles at start.
CMD ["node", "dist/adapters/main.js"]
