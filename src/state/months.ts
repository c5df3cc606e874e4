/** Every 'YYYY-MM' from the month of `min` to the month of `max`, inclusive. */
export function monthsBetween(min: string | null | undefined, max: string | null | undefined): string[] {
  if (!min || !max) return [];
  const out: string[] = [];
  let [y, m] = min.slice(0, 7).split('-').map(Number);
  const end = max.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    out.push(month);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}
