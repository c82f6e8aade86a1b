import { createContext, useContext } from 'react';

/** Where an image is now; null once it is gone. Positions move as the text changes, so they are looked up when needed. */
export type LocateNode = () => number | null;

/** What node views and the toolbar need from the editor around them. */
export interface EditorServices {
  readonly readOnly: boolean;
  /** A displayable URL for a `studio-local:` image, fetched once per editor. */
  readonly localImageUrl: (ref: string) => Promise<string>;
  readonly editAltText: (locate: LocateNode) => void;
  readonly givePublicUrl: (locate: LocateNode) => void;
  readonly addCaption: (locate: LocateNode) => void;
  /** Whether the image at this position already has a figure (and so a place for its caption). */
  readonly isInFigure: (pos: number | null) => boolean;
}

export const EditorServicesContext = createContext<EditorServices | null>(null);

export function useEditorServices(): EditorServices {
  const services = useContext(EditorServicesContext);
  if (services === null) throw new Error('Editor node views render only inside ArticleEditor.');
  return services;
}
