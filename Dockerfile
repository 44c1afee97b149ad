# The proxy (post-embeds-proxy) as a container: see src/server/README.md, "In a container".
#   docker build -t post-embeds-proxy .
#   docker run --rm -p 8787:8787 post-embeds-proxy --allow-origin https://blog.example
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
RUN npx tsc -p src/server/tsconfig.json

FROM node:20-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787
WORKDIR /app
COPY package.json package-lock.json ./
# The proxy's Node dependencies are optional peers of post-embeds (browser users do not install them): the image
# installs them by name from package.json, at the versions the lockfile holds.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && npm install --no-save --ignore-scripts --no-audit --no-fund $(node -p "Object.keys(require('./package.json').peerDependenciesMeta).filter((name) => name !== 'react').join(' ')") \
  && npm cache clean --force
COPY --from=build /app/dist ./dist
# The image's unprivileged user: the proxy needs no root, and owns nothing it could overwrite.
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=3s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: the proxy is PID 1 and gets SIGTERM itself, so `docker stop` lets requests in flight finish.
ENTRYPOINT ["node", "dist/server/cli.js"]
