/** The current language, reactive. zh-CN for Chinese browsers (and by default), en otherwise. */
import { zhCN, type Messages } from './zh-CN';
import { en } from './en';
import type { Locale } from './format';

const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function browserLocale(languages: readonly string[]): Locale {
  const first = languages.find((l) => l);
  if (!first) return 'zh-CN';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

class I18n {
  locale = $state<Locale>('zh-CN');
  readonly m: Messages = $derived(MESSAGES[this.locale]);
}

export const i18n = new I18n();

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
