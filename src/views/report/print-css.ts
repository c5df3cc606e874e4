/**
 * The running header and footer of the printed report, as CSS page-margin boxes (@page
 * @top-left …). Their text comes from the data (filter values), so it is written as escaped
 * CSS strings: a value can never close the string or the rule. Pure, tested in Node.
 */

/** Any text → a double-quoted CSS string (quotes, backslashes and control characters escaped). */
export function cssString(text: string): string {
  const body = text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${body}"`;
}

/** "第 {p} 页，共 {n} 页" → CSS content with the page counters in place of {p} and {n}. */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{p\}|\{n\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{p}' ? 'counter(page)' : part === '{n}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export interface PrintFrame { topLeft: string; topRight: string; bottomLeft: string; pageTemplate: string }

/** A4 portrait with the report's month and filters on every page, the page number at the foot. */
export function printPageCss(f: PrintFrame): string {
  const box = (name: string, content: string, align: string) =>
    `@${name} { content: ${content}; font-size: 8pt; color: #5b6576; text-align: ${align}; vertical-align: middle; }`;
  return `@page { size: A4 portrait; margin: 16mm 12mm 14mm;
  ${box('top-left', cssString(f.topLeft), 'left')}
  ${box('top-right', cssString(f.topRight), 'right')}
  ${box('bottom-left', cssString(f.bottomLeft), 'left')}
  ${box('bottom-right', pageCounterContent(f.pageTemplate), 'right')}
}`;
}
