import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';
import { dismissActionNotice, useActionNotices } from './action-notice-store';

/** Success messages of finished actions (e.g. a delete), as toasts on the list. */
export function ActionNotice() {
  const notices = useActionNotices();
  if (!notices.length) return null;
  return (
    <AlertGroup isToast isLiveRegion>
      {notices.map(({ id, text }) => (
        <Alert key={id} variant="success" title={text} component="h2" timeout={8000} onTimeout={() => dismissActionNotice(id)}
          actionClose={<AlertActionCloseButton onClose={() => dismissActionNotice(id)} />} />
      ))}
    </AlertGroup>
  );
}
