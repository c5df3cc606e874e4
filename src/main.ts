import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { startEngine } from './engine/db';
import { data } from './state/data.svelte';
import { ViewStore, browserUrlPort } from './state/view.svelte';
import { installAutomation } from './state/automation';
import { chartPixel } from './charts/registry';
import { recovery } from './state/recover.svelte';

document.documentElement.dataset.state = 'loading';
// Start compiling the wasm and fetching the sample before the first paint needs them.
// A failed start is shown by data.start (the error state), not left as an unhandled rejection.
startEngine().catch(() => undefined);
recovery.watch();
const view = new ViewStore(browserUrlPort());
installAutomation(view, () => data.sql, chartPixel, () => data.answers());
void data.start(new URL('sample/', document.baseURI).href);
mount(App, { target: document.getElementById('app')!, props: { view } });
