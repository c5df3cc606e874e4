/** What the Enablement page asks of metrics/: the headline figures together, and label helpers. */
import type { QueryFn } from '../../engine/query';
import type { Scope } from '../../metrics/filters';
import { activityReturn, satisfaction, trainingStats } from '../../metrics/enablement';
import { NULL_KEY } from '../../charts/options/common';
import type { EnablementMessages } from '../../i18n/pages/enablement';

export async function loadEnablementKpis(query: QueryFn, scope: Scope) {
  const [training, activity, sat] = await Promise.all([
    trainingStats(query, scope, null),
    activityReturn(query, scope, null),
    satisfaction(query, scope),
  ]);
  return {
    // by = null gives one total row, or none when nothing is dated in the period.
    training: training.rows[0] ?? null,
    trainingReason: training.reason,
    activity: activity.rows[0] ?? null,
    activityReason: activity.reason,
    satisfaction: sat,
  };
}

/** The canonical activity types are named in the user's language; other values are shown as they are. */
const ACTIVITY_TYPE_KEYS: Readonly<Record<string, keyof EnablementMessages['activityTypes']>> = {
  路演: 'roadshow', roadshow: 'roadshow', 研讨会: 'seminar', seminar: 'seminar',
  短训班: 'course', 'short course': 'course', 促销: 'promotion', promotion: 'promotion',
};

export function activityTypeLabel(key: string | null, m: EnablementMessages): string | null {
  const known = key === null ? undefined : ACTIVITY_TYPE_KEYS[key.toLowerCase()];
  return known ? m.activityTypes[known] : key;
}

/** A click on the NULL bar cannot become a filter (a filter value never matches NULL). */
export function clickable(onselect: ((key: string) => void) | undefined) {
  return onselect ? (key: string) => key !== NULL_KEY && onselect(key) : undefined;
}
