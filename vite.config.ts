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
    // One bundle read from disk (app:// or loopback), not over a network: its size costs little. The editor
    // (ProseMirror) brings it to about 1 MB; splitting it would only add requests at start-up.
    chunkSizeWarningLimit: 1_500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
