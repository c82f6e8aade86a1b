import type { ReactNode } from 'react';
import { ScreenIcon } from '../navigation/ScreenIcon.js';
import type { ScreenId } from '../navigation/studio-screens.js';

interface EmptyScreenProps {
  readonly screen: ScreenId;
  readonly title: string;
  /** One line on what the screen is for. */
  readonly lead: string;
  readonly emptyTitle: string;
  /** What will appear here once it exists. */
  readonly children: ReactNode;
  /** Says plainly that the feature is not built yet. */
  readonly availability: string;
}

/** A screen whose feature is still to come: it explains itself instead of showing made-up content. */
export function EmptyScreen({ screen, title, lead, emptyTitle, children, availability }: EmptyScreenProps) {
  return (
    <div className="screen">
      <div className="screen-header">
        <h1>{title}</h1>
        <p className="screen-lead">{lead}</p>
      </div>
      <div className="empty-state">
        <span className="empty-state-icon">
          <ScreenIcon screen={screen} />
        </span>
        <h2>{emptyTitle}</h2>
        <p className="empty-state-text">{children}</p>
        <p className="empty-state-availability">{availability}</p>
      </div>
    </div>
  );
}
