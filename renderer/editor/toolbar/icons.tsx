import type { ReactNode } from 'react';

/** Line icons on a 20 px grid, drawn in currentColor so they follow the theme and the button's state. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="tool-icon" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const BulletListIcon = () => (
  <Icon>
    <circle cx="4.5" cy="5.5" r="0.9" fill="currentColor" />
    <circle cx="4.5" cy="10" r="0.9" fill="currentColor" />
    <circle cx="4.5" cy="14.5" r="0.9" fill="currentColor" />
    <path d="M8 5.5h8.5M8 10h8.5M8 14.5h8.5" />
  </Icon>
);

export const OrderedListIcon = () => (
  <Icon>
    <path d="M3.5 4.2 4.7 3.5v4M3.4 11.3c.2-.7 2.3-.9 2.1.4-.1.7-2.1 1.6-2.1 2.5h2.2" strokeWidth="1.2" />
    <path d="M8.5 5.5h8M8.5 10h8M8.5 14.5h8" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M4 5v10M8 6.5h8M8 10h8M8 13.5h5" />
  </Icon>
);

export const CodeIcon = () => (
  <Icon>
    <path d="m7 6-4 4 4 4M13 6l4 4-4 4" />
  </Icon>
);

export const CodeBlockIcon = () => (
  <Icon>
    <rect x="2.5" y="3.5" width="15" height="13" rx="2" />
    <path d="m7.5 8-2 2 2 2M12.5 8l2 2-2 2" />
  </Icon>
);

export const RuleIcon = () => (
  <Icon>
    <path d="M3 10h14" />
    <path d="M6 5.5h8M6 14.5h8" strokeOpacity="0.45" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9" />
    <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="2.5" y="3.5" width="15" height="13" rx="2" />
    <circle cx="7" cy="8" r="1.4" />
    <path d="m3 15 4.5-4.5 3 3 2-2 4.5 4.5" />
  </Icon>
);

export const VideoIcon = () => (
  <Icon>
    <rect x="2.5" y="4.5" width="15" height="11" rx="2" />
    <path d="m8.5 7.5 4 2.5-4 2.5z" fill="currentColor" />
  </Icon>
);

export const TableIcon = () => (
  <Icon>
    <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
    <path d="M2.5 8h15M2.5 12.3h15M7.5 3.5v13M12.5 3.5v13" />
  </Icon>
);

export const RowAddIcon = () => (
  <Icon>
    <rect x="2.5" y="3" width="15" height="7" rx="1.5" />
    <path d="M10 12.5v5M7.5 15h5" />
  </Icon>
);

export const ColumnAddIcon = () => (
  <Icon>
    <rect x="3" y="2.5" width="7" height="15" rx="1.5" />
    <path d="M12.5 10h5M15 7.5v5" />
  </Icon>
);

export const RowDeleteIcon = () => (
  <Icon>
    <rect x="2.5" y="3" width="15" height="7" rx="1.5" />
    <path d="M7.5 15h5" />
  </Icon>
);

export const ColumnDeleteIcon = () => (
  <Icon>
    <rect x="3" y="2.5" width="7" height="15" rx="1.5" />
    <path d="M12.5 10h5" />
  </Icon>
);

export const TableDeleteIcon = () => (
  <Icon>
    <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
    <path d="m7 7.5 6 6M13 7.5l-6 6" />
  </Icon>
);

export const AltTextIcon = () => (
  <Icon>
    <rect x="2.5" y="4.5" width="15" height="11" rx="2" />
    <path d="M6 12.5 7.8 7.5l1.8 5M6.6 11h2.4M12 7.5v5h2.5" strokeWidth="1.3" />
  </Icon>
);

export const CaptionIcon = () => (
  <Icon>
    <rect x="3.5" y="3" width="13" height="9" rx="1.5" />
    <path d="M5 15.5h10M7 18h6" />
  </Icon>
);

export const GlobeIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7" />
    <path d="M3 10h14M10 3c2 2.2 2.8 4.5 2.8 7s-.8 4.8-2.8 7c-2-2.2-2.8-4.5-2.8-7S8 5.2 10 3z" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M7.5 5 4 8.5 7.5 12" />
    <path d="M4.5 8.5H12a4 4 0 0 1 0 8H9" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M12.5 5 16 8.5 12.5 12" />
    <path d="M15.5 8.5H8a4 4 0 0 0 0 8h3" />
  </Icon>
);
