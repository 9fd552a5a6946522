import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNoticeGroup } from './error-notice-group';
import { createErrorNotices } from './error-notices';
import { createQueryClient } from './query-client';
import { AppRouter } from './router';

export function App() {
  const [notices] = useState(createErrorNotices);
  const [queryClient] = useState(() => createQueryClient(notices));
  return (
    <QueryClientProvider client={queryClient}>
      <AppRouter />
      <ErrorNoticeGroup store={notices} />
    </QueryClientProvider>
  );
}
