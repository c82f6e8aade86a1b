import type { EditorMedia } from '../article-editor-api.js';
import { safeHttpsUrl } from '../url-rules.js';
import { AddressDialog } from './AddressDialog.js';
import { useStillMounted } from './use-still-mounted.js';

interface VideoDialogProps {
  readonly media: EditorMedia;
  readonly onInsert: (video: { videoId: number | null; url: string }) => void;
  readonly onClose: () => void;
}

/** Asks for the video's https address and adds it through the screen; nothing is inserted if the dialog was closed meanwhile. */
export function VideoDialog({ media, onInsert, onClose }: VideoDialogProps) {
  const stillMounted = useStillMounted();
  return (
    <AddressDialog
      title="Add a video"
      label="Video address"
      kind="video"
      hint="The https address of the video file or page. Firstup fetches it; in the studio the video shows as a card."
      submitLabel="Add video"
      busyLabel="Adding the video…"
      onSubmit={async (href) => {
        const added = await media.addVideo(href);
        if (stillMounted()) onInsert({ videoId: added.videoId, url: safeHttpsUrl(added.url) ?? href });
      }}
      onClose={onClose}
    />
  );
}
