import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The renderer folder may not import Node modules (eslint), so the root comes from the URL alone;
// the regex drops the slash before a Windows drive letter ("/C:/…").
const here = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

export default defineConfig({
  root: here,
  // Relative asset paths: the same build loads from file:// in Electron and from the local server.
  base: './',
  plugins: [preact()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would be harmless, but the CSP forbids inline scripts and nothing here needs it.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
});
