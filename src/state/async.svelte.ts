/**
 * A value loaded from SQL that follows its inputs: when the inputs change, the old request is
 * ignored (the last click wins) and the new one is tracked for `whenIdle()`.
 */
import { beginLoad } from './render-tracker';

export class Loaded<T> {
  value = $state.raw<T | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);

  /** Must be constructed during component initialisation (it owns an effect). */
  constructor(load: () => Promise<T> | null) {
    $effect(() => {
      const promise = load();
      if (!promise) return;
      let stale = false;
      const done = beginLoad();
      this.loading = true;
      promise
        .then((v) => {
          if (stale) return;
          this.value = v;
          this.error = null;
        })
        .catch((e: unknown) => {
          if (!stale) this.error = e instanceof Error ? e.message : String(e);
        })
        .finally(() => {
          if (!stale) this.loading = false;
          done();
        });
      return () => {
        stale = true;
      };
    });
  }
}
