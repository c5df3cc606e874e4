/**
 * Knows when every visible panel shows the current state: panels report the start and end of
 * each load; `whenIdle()` resolves once none is pending and the browser has painted.
 * This is what `channelLens.apply()` and `data-state="ready"` wait for.
 */
let pending = 0;
let waiters: (() => void)[] = [];

const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });

/** Mark one load as started; call the returned function exactly once when it has rendered. */
export function beginLoad(): () => void {
  pending++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    pending--;
    if (pending === 0) {
      const ready = waiters;
      waiters = [];
      ready.forEach((w) => w());
    }
  };
}

/** Resolves when no load is pending after effects have run and two frames were painted. */
export async function whenIdle(): Promise<void> {
  for (;;) {
    // Let Svelte flush effects that start new loads for a just-changed state.
    await Promise.resolve();
    await nextFrame();
    if (pending > 0) await new Promise<void>((resolve) => waiters.push(resolve));
    await nextFrame();
    if (pending === 0) return;
  }
}
