# The API only; Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema ./schema
COPY src ./src
COPY graph-seed ./graph-seed
COPY neo4j-local ./neo4j-local
# The explorer (/explore): built here, as npm start's prestart does.
COPY web ./web
RUN npm run build:web
USER node
EXPOSE 4000
CMD ["node_modules/.bin/tsx", "src/main.ts"]
