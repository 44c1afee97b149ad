import { mount } from 'svelte';
import 'post-embeds';
import 'post-embeds/types/svelte';
import App from './App.svelte';

mount(App, { target: document.querySelector('#app')! });
