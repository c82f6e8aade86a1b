import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the renderer into dist/renderer; both transports serve that folder. */
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Everything as files: the CSP refuses inline scripts, styles and data: scripts.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'chrome130',
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
