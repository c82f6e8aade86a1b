/** The screens of the studio, in sidebar order; the order also gives each its Ctrl/Cmd+number shortcut. */
export const studioScreens = [
  { id: 'drafts', label: 'Drafts' },
  { id: 'library', label: 'Library' },
  { id: 'queue', label: 'Queue' },
  { id: 'topics', label: 'Topics' },
  { id: 'settings', label: 'Settings' },
] as const;

export type StudioScreen = (typeof studioScreens)[number];
export type ScreenId = StudioScreen['id'];

/** Where the studio opens when the URL names no screen. */
export const defaultScreen: StudioScreen = studioScreens[0];
