import { useEffect } from 'react';
import type { ThemePreference } from '../../shared/settings/settings-schema.js';
import { resolveTheme } from './resolve-theme.js';
import { useSystemPrefersDark } from './use-system-prefers-dark.js';

/**
 * Puts the resolved theme on <html data-theme>, which the colour tokens in
 * styles/tokens.css key off. Until this runs, the tokens follow the system.
 */
export function useDocumentTheme(preference: ThemePreference): void {
  const systemPrefersDark = useSystemPrefersDark();
  const theme = resolveTheme(preference, systemPrefersDark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
