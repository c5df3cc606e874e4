/**
 * Engine faults. A worker that dies or a wasm trap after start takes every table with it: the app
 * goes to its error state (`data-state="error"`) instead of a blank or frozen page, and "reload
 * data" starts a fresh engine and loads the data again (the user's saved tables from browser
 * storage, else the sample) without reloading the page.
 */
import { onEngineCrash, restartEngine } from '../engine/db';
import { data } from './data.svelte';

class Recovery {
  /** The engine stopped after it had started (as opposed to failing to start). */
  crashed = $state(false);
  reloading = $state(false);

  watch(): void {
    onEngineCrash((message) => {
      this.crashed = true;
      data.error = message;
      data.status = 'error';
    });
  }

  async reloadData(): Promise<void> {
    if (this.reloading) return;
    this.reloading = true;
    data.status = 'loading';
    data.error = null;
    document.documentElement.dataset.state = 'loading';
    try {
      // A failed start is reported by data.start, which awaits the same engine.
      await restartEngine().catch(() => undefined);
      this.crashed = false;
      await data.start(new URL('sample/', document.baseURI).href);
    } finally {
      this.reloading = false;
    }
  }
}

export const recovery = new Recovery();
