import { defineConfig } from 'vite';

// JSX through esbuild (React's automatic runtime): no plugin needed for a production build.
export default defineConfig({ esbuild: { jsx: 'automatic' } });
