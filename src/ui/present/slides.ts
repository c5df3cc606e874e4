/**
 * The slides of a page are its `[data-slide]` elements in document order (a Panel, a KPI group,
 * a report section). A slide inside another slide belongs to it: only the outermost count.
 * Presentation mode marks the one shown with `data-slide-current`; present.css does the rest.
 */
export const CURRENT_ATTR = 'data-slide-current';

/** The outermost, rendered slides under `root`, in page order. */
export function findSlides(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-slide]')].filter(
    (el) => !el.parentElement?.closest('[data-slide]') && el.getClientRects().length > 0,
  );
}

/** Show `slides[index]` (and only it); null clears the mark. */
export function markCurrent(slides: readonly HTMLElement[], index: number | null, root: ParentNode = document): void {
  for (const el of root.querySelectorAll(`[${CURRENT_ATTR}]`)) el.removeAttribute(CURRENT_ATTR);
  if (index !== null) slides[index]?.setAttribute(CURRENT_ATTR, '');
}

/** The slide's name for the counter: its `data-slide` value, else its first heading. */
export function slideTitle(el: HTMLElement | undefined): string {
  if (!el) return '';
  return el.dataset.slide || el.querySelector('h1, h2, h3')?.textContent?.trim() || '';
}

/** Is the key press aimed at a text field (where P is a letter, not a command)? */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
