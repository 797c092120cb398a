import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** A tenant's link, /b/<token> (no file extension), gets the tenant pages' own entry. */
const tenantPage = /^\/b\/[^.?]*(\?.*)?$/;

/** The public drop-in pages, /drop-ins and /drop-ins/<...> (no file extension), get theirs. */
const dropInsPage = /^\/drop-ins(\/[^.?]*)?(\?.*)?$/;

const tenantPages: Plugin = {
  name: 'doorstep-tenant-pages',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      if (request.url && tenantPage.test(request.url)) request.url = '/booking.html';
      else if (request.url && dropInsPage.test(request.url)) request.url = '/drop-ins.html';
      next();
    });
  },
};

export default defineConfig({
  plugins: [react(), tenantPages],
  server: {
    port: 5173,
    proxy: {
      '/trpc': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
      '/auth': 'http://localhost:3000',
      '/notices': 'http://localhost:3000',
      '/ics': 'http://localhost:3000',
    },
  },
  build: {
    sourcemap: true,
    target: 'es2022',
    manifest: true,
    rolldownOptions: {
      input: { main: 'index.html', booking: 'booking.html', 'drop-ins': 'drop-ins.html' },
    },
  },
});
