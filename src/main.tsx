import '@patternfly/react-core/dist/styles/base.css';
// First, before any module defines a schema.
import './app/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

async function main(): Promise<void> {
  // Static demo builds answer the API from a service worker. Vite replaces the env check at build
  // time, so other builds drop this branch and never ship the MSW chunk.
  if (import.meta.env.VITE_MOCK_WORKER === 'true') {
    const { startWorker } = await import('../mocks/browser');
    // Requests sent before the worker controls the page would escape the mock.
    await startWorker();
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
