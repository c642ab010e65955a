# jixiao: the web chat and the configured chat channels in one process.
# tsx runs the TypeScript sources at run time (no build step), so it is a production dependency.
FROM node:22-bookworm-slim

# .doc/.xls uploads are converted with LibreOffice; build with --build-arg WITH_LIBREOFFICE=true to include it.
ARG WITH_LIBREOFFICE=false
RUN if [ "$WITH_LIBREOFFICE" = "true" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-microhei \
      && rm -rf /var/lib/apt/lists/*; \
    fi

ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY bin ./bin
COPY prompts ./prompts
COPY src ./src

# The embedded PGlite store (when DATABASE_URL is unset) lives in the data volume.
RUN mkdir -p /data && chown node:node /data
USER node
ENV HOST=0.0.0.0 \
    PORT=8080 \
    JIXIAO_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# SIGTERM from `docker stop` reaches node directly (exec form): in-flight messages finish, the store closes.
CMD ["node", "--import", "tsx", "src/main.ts", "serve"]
