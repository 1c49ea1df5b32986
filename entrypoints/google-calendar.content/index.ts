import { googleAnchors } from '@/lib/calendar/editor-anchors';
import { observeDom, syncButtons } from '@/lib/calendar/mount-buttons';
import { t } from '@/lib/i18n';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    observeDom(document, controller.signal, () =>
      syncButtons(document, googleAnchors, { label: t('buttonAddZoomMeeting'), onClick: () => {} }),
    );
  },
});
