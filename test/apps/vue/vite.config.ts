import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const TAGS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];
export default defineConfig({ plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })] });
