import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Vite compiles the shared TypeScript source directly, so the web app never waits for a shared build.
const sharedSource = fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url));
// The family app's first page takes the help lines alone, without the contract schemas (zod).
const helpLinesSource = fileURLToPath(new URL('../../packages/shared/src/help-lines.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@lotse\/shared\/help-lines$/, replacement: helpLinesSource },
      { find: /^@lotse\/shared$/, replacement: sharedSource },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  preview: { proxy: { '/api': 'http://localhost:3000' } },
});
