import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { hashForDraft, openDraft } from '../navigation/screen-hash.js';

export interface DraftLinkProps {
  readonly draftId: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly tabIndex?: number;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLAnchorElement>) => void;
  readonly ref?: Ref<HTMLAnchorElement>;
}

/** A link that opens a draft in the editor: Enter or a click opens it, as a link does; Space is left to the list. */
export function DraftLink({ draftId, children, className = 'drafts-link', tabIndex, onKeyDown, ref }: DraftLinkProps) {
  return (
    <a
      ref={ref}
      className={className}
      href={hashForDraft(draftId)}
      tabIndex={tabIndex}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        event.preventDefault();
        openDraft(draftId);
      }}
    >
      {children}
    </a>
  );
}
