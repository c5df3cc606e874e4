/** A chart as a PNG at twice its screen resolution, on a white background (for slides and mail). */
import { getChart } from './registry';

export function chartPngUrl(testid: string): string | null {
  const chart = getChart(testid);
  if (!chart || chart.isDisposed()) return null;
  return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
}

export function downloadChartPng(testid: string, filename: string): boolean {
  const url = chartPngUrl(testid);
  if (!url) return false;
  const a = document.createElement('a');
  a.href = url;
  a.download = `${filename.replace(/[\\/:*?"<>|]+/g, '_')}.png`;
  document.body.append(a);
  a.click();
  a.remove();
  return true;
}
