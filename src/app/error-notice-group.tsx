import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';
import type { ErrorNoticeStore } from './error-notices';
import { useErrorNotices } from './error-notices';

export function ErrorNoticeGroup({ store }: { store: ErrorNoticeStore }) {
  const notices = useErrorNotices(store);
  return (
    <AlertGroup isToast isLiveRegion>
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          variant="danger"
          title={notice.title}
          component="h2"
          timeout={10_000}
          onTimeout={() => store.dismiss(notice.id)}
          actionClose={<AlertActionCloseButton onClose={() => store.dismiss(notice.id)} />}
        >
          {notice.message}
        </Alert>
      ))}
    </AlertGroup>
  );
}
