import type { ReactNode } from 'react';
import type { ScreenId } from './studio-screens.js';

const strokes: Record<ScreenId, ReactNode> = {
  drafts: (
    <>
      <path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z" />
      <path d="M13.5 6.5l4 4" />
    </>
  ),
  library: (
    <>
      <path d="M5 18.5V5.5A2.5 2.5 0 0 1 7.5 3H19v13H7.5A2.5 2.5 0 0 0 5 18.5" />
      <path d="M5 18.5A2.5 2.5 0 0 0 7.5 21H19v-5" />
    </>
  ),
  queue: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  topics: <path d="M9.5 4 7.5 20M16.5 4l-2 16M4.5 9h15M4 15h15" />,
  settings: (
    <>
      <path d="M4 7h9M19 7h1M4 17h3M13 17h7" />
      <circle cx="16" cy="7" r="2.5" />
      <circle cx="10" cy="17" r="2.5" />
    </>
  ),
};

/** Decorative: every place that shows an icon also shows the screen's name. */
export function ScreenIcon({ screen, className }: { screen: ScreenId; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {strokes[screen]}
    </svg>
  );
}
