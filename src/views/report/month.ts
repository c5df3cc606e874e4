/**
 * The report's month: `to` of the URL (the same parameter the period picker writes, so a link
 * from any page opens the report on that page's last month), else the latest month with data.
 */
import { addMonths } from '../../metrics/dates';
import type { Scope } from '../../metrics/filters';
import { periodEnd, type ViewState } from '../../state/url';

export function reportMonth(state: Pick<ViewState, 'to'>, dataMax: string | null): string {
  return (state.to ?? dataMax ?? new Date().toISOString()).slice(0, 7);
}

/** The whole calendar month 'YYYY-MM' as a scope with the view's filters. */
export function monthScope(month: string, filters: Scope['filters']): Scope {
  return { from: `${month}-01`, to: periodEnd(month), filters };
}

/** 'YYYY-MM' shifted by k months. */
export function shiftMonth(month: string, k: number): string {
  return addMonths(`${month}-01`, k).slice(0, 7);
}
