import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/**
 * The web app (web/): built into dist/web, which `recours serve` serves at `/`.
 * `npm run dev:web` proxies /v1 to a running `recours serve` (RECOURS_API, default http://127.0.0.1:4180, the port of `recours serve`).
 */
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [preact()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // No data: URIs for scripts and no inline assets beyond images; the CSP allows img data: only.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: { '/v1': process.env.RECOURS_API ?? 'http://127.0.0.1:4180' },
  },
});
