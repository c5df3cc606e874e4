/**
 * Presentation mode: whether it is on and which slide shows. The slides themselves are the
 * page's `[data-slide]` elements, found by ui/present/ (this module never touches the DOM).
 */

export type PresentAction = 'enter' | 'next' | 'prev' | 'first' | 'last' | 'exit';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * A key press → what it does: `P` enters (not while typing, not with a modifier); while
 * presenting, → / Space / PageDown next, ← / PageUp back, Home / End, Esc leaves.
 */
export function keyAction(e: KeyLike, active: boolean, typing: boolean): PresentAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (!active) return !typing && (e.key === 'p' || e.key === 'P') ? 'enter' : null;
  switch (e.key) {
    case 'ArrowRight': case 'ArrowDown': case ' ': case 'PageDown': return 'next';
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return 'prev';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'Escape': case 'p': case 'P': return 'exit';
    default: return null;
  }
}

/** The slide index after `action`, kept inside 0..count−1. */
export function moveIndex(index: number, count: number, action: PresentAction): number {
  const last = Math.max(0, count - 1);
  const next = action === 'next' ? index + 1 : action === 'prev' ? index - 1 : action === 'first' ? 0 : action === 'last' ? last : index;
  return Math.min(last, Math.max(0, next));
}

/**
 * How much larger a chart is drawn on a slide (present.css zooms the chart box by the same factor;
 * Chart.svelte renders at the matching pixel ratio so the canvas stays sharp): type a room can read.
 */
export const PRESENT_CHART_ZOOM = 1.5;

class Presentation {
  active = $state(false);
  index = $state(0);
  /** Set by the presenter once it has counted the page's slides. */
  count = $state(0);

  enter() {
    this.index = 0;
    this.active = true;
  }

  exit() {
    this.active = false;
  }

  /** Apply a navigation action (enter/exit included). */
  do(action: PresentAction) {
    if (action === 'enter') this.enter();
    else if (action === 'exit') this.exit();
    else this.index = moveIndex(this.index, this.count, action);
  }
}

export const present = new Presentation();
