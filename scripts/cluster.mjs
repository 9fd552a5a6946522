// `npm run cluster`: the embedded cluster alone on 127.0.0.1:${PORT:-8001}, for kubectl and other clients.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}mocks/server.ts`, { root, configFile: false, logLevel: 'error' });
const port = Number(process.env.PORT ?? 8001);
const generatedStreams = Number(process.env.CLUSTER_STREAMS ?? 0);
const server = await module.startClusterServer({ port, generatedStreams });
console.log(`Embedded cluster: ${server.url} (try: kubectl --server=${server.url} get is -A)`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
