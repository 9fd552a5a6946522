// `npm run dev`: Vite with HMR, the API routed to the same back end `npm start` uses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createApiBackend, isApiRequest } from './start.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 5173);
const host = '127.0.0.1';

const { handler, description } = await createApiBackend();

/** Runs before Vite's own middlewares, so API paths never reach the SPA/asset handling. */
const apiPlugin = {
  name: 'imagestream-dashboard-api',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (isApiRequest(req.url)) void handler(req, res);
      else next();
    });
  },
};

const server = await createServer({
  root,
  plugins: [apiPlugin],
  server: { host, port, strictPort: true },
});
await server.listen();
console.log(`ImageStream Dashboard (dev): http://${host}:${port}/ui/`);
console.log(`API back end: ${description}`);
