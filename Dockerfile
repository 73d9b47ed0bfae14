# The API on Node 20, run through tsx (no build step), as used by docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY bin ./bin
COPY sql ./sql
COPY scripts ./scripts
COPY src ./src
USER node
EXPOSE 3000
# Without DATABASE_URL the server would use embedded PGlite in QUOTETRAIL_DATA_DIR.
ENV QUOTETRAIL_DATA_DIR=/app/data/pglite
CMD ["node", "--import", "tsx", "src/server.ts"]
