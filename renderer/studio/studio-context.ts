import { createContext, use } from 'react';
import type { StudioApi } from '../../shared/ipc/studio-api.js';

export const StudioContext = createContext<StudioApi | null>(null);

/** The connection to the core, for components below <App>, which only renders them once it has one. */
export function useStudio(): StudioApi {
  const studio = use(StudioContext);
  if (studio === null) throw new Error('useStudio() was called outside <App>.');
  return studio;
}
