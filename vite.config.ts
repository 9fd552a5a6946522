/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// With an extension, as Vite's config loader wants; TypeScript resolves it to the .ts file.
import { contentSecurityPolicy } from './scripts/vite/csp-plugin.js';
import { dropUnusedPatternflyThemes } from './scripts/vite/patternfly-themes.js';

// kubectl proxy --www serves the build under /ui/ and has no SPA fallback, hence hash routes and this base.
export default defineConfig({
  base: '/ui/',
  plugins: [react(), contentSecurityPolicy()],
  css: { postcss: { plugins: [dropUnusedPatternflyThemes()] } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
  },
});
