import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The files the staff app (index.html) can load, lazily loaded pages included: the service
 * worker precaches these and nothing of the tenant or public drop-in pages, whose visitors
 * never install the app.
 */
const staffFiles = new Set<string>();
const staffShell: Plugin = {
  name: 'doorstep-staff-shell',
  apply: 'build',
  // After vite-plugin-pwa, whose link to the manifest this takes out of the other entries.
  enforce: 'post',
  generateBundle(_options, bundle) {
    staffFiles.clear();
    const visit = (fileName: string) => {
      if (staffFiles.has(fileName)) return;
      const file = bundle[fileName];
      if (!file) return;
      staffFiles.add(fileName);
      if (file.type !== 'chunk') return;
      for (const next of [...file.imports, ...file.dynamicImports]) visit(next);
      for (const css of file.viteMetadata?.importedCss ?? []) staffFiles.add(css);
      for (const asset of file.viteMetadata?.importedAssets ?? []) staffFiles.add(asset);
    };
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && file.isEntry && file.facadeModuleId?.endsWith('/index.html')) {
        visit(file.fileName);
      }
    }
    if (staffFiles.size === 0)
      this.error('The staff entry (index.html) was not found in the build');
  },
  // The web app manifest is the staff app's: tenants' and the public's pages offer no install.
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) =>
      context.path === '/index.html' ? html : html.replace(/<link rel="manifest"[^>]*>/, ''),
  },
};

/** Pages of the staff app: offline, the service worker answers these with its copy of index.html. */
const staffPages = [
  /^\/(\?.*)?$/,
  /^\/advisor(\/|\?|$)/,
  /^\/community(\/|\?|$)/,
  /^\/monitoring(\/|\?|$)/,
  /^\/sign-in(\/|\?|$)/,
];
/** Never answered by the service worker: the API, calendar feeds, tenants' and public pages. */
const notStaffPages = [
  /^\/(trpc|api|ics|auth|health|notices|b|drop-ins|sessions|areas|venues)(\/|\?|$)/,
];

export default defineConfig({
  plugins: [
    react(),
    tenantPages,
    VitePWA({
      // Registered by src/main.tsx, the staff entry only.
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/advisor/day',
        name: 'Doorstep for staff',
        short_name: 'Doorstep',
        description: 'Your visits for the day, briefings and outcomes, with or without signal.',
        lang: 'en-GB',
        start_url: '/advisor/day',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#123f6d',
        background_color: '#ffffff',
        icons: [
          { src: '/pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/pwa-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        globIgnores: ['booking.html', 'drop-ins.html', '**/*.map'],
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter(
              (entry) => !entry.url.startsWith('assets/') || staffFiles.has(entry.url),
            ),
            warnings: [],
          }),
        ],
        navigateFallback: '/index.html',
        navigateFallbackAllowlist: staffPages,
        navigateFallbackDenylist: notStaffPages,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // No runtime caching: API answers are private and kept, when needed, by the app itself
        // in IndexedDB, where signing out clears them.
        runtimeCaching: [],
      },
    }),
    staffShell,
  ],
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
