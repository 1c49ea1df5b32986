import { outlookAnchors } from '@/lib/calendar/editor-anchors';
import { observeDom, syncButtons } from '@/lib/calendar/mount-buttons';
import { t } from '@/lib/i18n';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    observeDom(document, controller.signal, () =>
      syncButtons(document, outlookAnchors, { label: t('buttonAddZoomMeeting'), onClick: () => {} }),
    );
  },
});
