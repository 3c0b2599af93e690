import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// `npm run dev`: Vite with HMR; API calls go to the proxy (npm run dev starts it on PROXY_PORT).
const proxyTarget = `http://127.0.0.1:${process.env.PROXY_PORT ?? '8080'}`

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/lucca-api': { target: proxyTarget },
      '/api': { target: proxyTarget },
      '/healthz': { target: proxyTarget },
    },
  },
  build: { outDir: 'dist', sourcemap: false },
})
