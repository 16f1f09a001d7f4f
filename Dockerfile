# The API only; Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema ./schema
COPY src ./src
COPY graph-seed ./graph-seed
COPY neo4j-local ./neo4j-local
COPY scripts ./scripts
# The service (dist/main.js) and the explorer (/explore): built here, as npm start's prestart does.
COPY web ./web
RUN npm run build:server && npm run build:web
USER node
EXPOSE 4000
CMD ["node", "--max-old-space-size=256", "dist/main.js"]
