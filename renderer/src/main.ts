import { mount } from 'svelte';
import App from './App.svelte';
import { initLocale } from './i18n/i18n';
import './app.css';

initLocale();

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
export default mount(App, { target });
