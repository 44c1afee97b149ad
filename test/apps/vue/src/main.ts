import { createApp } from 'vue';
import 'post-embeds';
import 'post-embeds/types/vue';
import App from './App.vue';

createApp(App).mount('#app');
