/**
 * The pages that are built, loaded on demand so the first paint only pays for the page shown.
 * A page named in the URL contract but not listed here shows a calm "under construction" note.
 */
import type { Component } from 'svelte';
import type { Page } from '../state/url';
import type { ViewStore } from '../state/view.svelte';

export type PageComponent = Component<{ view: ViewStore }>;
type Loader = () => Promise<{ default: PageComponent }>;

export const PAGE_LOADERS: Partial<Record<Page, Loader>> = {
  overview: () => import('./overview/OverviewPage.svelte'),
  sales: () => import('./sales/SalesPage.svelte'),
  partners: () => import('./partners/PartnersPage.svelte'),
  inventory: () => import('./inventory/InventoryPage.svelte'),
  collections: () => import('./collections/CollectionsPage.svelte'),
  enablement: () => import('./enablement/EnablementPage.svelte'),
  funnel: () => import('./funnel/FunnelPage.svelte'),
  scorecards: () => import('./scorecards/ScorecardsPage.svelte'),
  report: () => import('./report/ReportPage.svelte'),
  data: () => import('./data/DataPage.svelte'),
};

/** Pages that analyse data under the shared filter bar (the data and report pages have their own). */
export const FILTERED_PAGES: readonly Page[] = ['overview', 'sales', 'partners', 'inventory', 'collections', 'enablement', 'funnel', 'scorecards'];
