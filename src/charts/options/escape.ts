/**
 * ECharts tooltip formatters return HTML (renderMode 'html'), and partner names, regions and
 * products come from user-dropped files. Every piece of data text that goes into a tooltip passes
 * through escapeHtml, so a partner called `<img src=x onerror=...>` is shown, not executed.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: unknown): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"'`]/g, (ch) => ENTITIES[ch]);
}
