import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { startEngine } from './engine/db';
import { data } from './state/data.svelte';
import { ViewStore, browserUrlPort } from './state/view.svelte';
import { installAutomation } from './state/automation';
import { chartPixel } from './charts/registry';

document.documentElement.dataset.state = 'loading';
// Start compiling the wasm and fetching the sample before the first paint needs them.
void startEngine();
const view = new ViewStore(browserUrlPort());
installAutomation(view, () => data.query, chartPixel);
void data.start(new URL('sample/', document.baseURI).href);
mount(App, { target: document.getElementById('app')!, props: { view } });
