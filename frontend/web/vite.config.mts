// Vite 8 in a CommonJS workspace: the config must be .mts (STACK.md). `vite build frontend/web` writes
// dist/web, which the gateway serves in standalone mode; `vite frontend/web` proxies /api to it.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const GATEWAY_URL = process.env['LT_GATEWAY_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The only way to the API: the client generated from the gateway's OpenAPI document (libs/sdk).
  resolve: { alias: { '@lienthong/sdk': fileURLToPath(new URL('../../libs/sdk/src/index.ts', import.meta.url)) } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/, entriesAware: true }] },
      },
    },
  },
  server: {
    proxy: { '/api': { target: GATEWAY_URL, changeOrigin: false } },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
