/**
 * The data table under a chart loads when a table is first opened: most views never open one, and
 * the first view should not wait for it. The page is not "ready" until it has arrived.
 */
import type { Component } from 'svelte';
import { beginLoad } from '../../state/render-tracker';

let table: Promise<Component<any>> | null = null;

export function loadDataTable(): Promise<Component<any>> {
  if (!table) {
    const done = beginLoad();
    table = import('./DataTable.svelte').then((m) => m.default);
    table.finally(done);
  }
  return table;
}
