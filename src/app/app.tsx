import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { ErrorNoticeGroup } from './error-notice-group';
import { createErrorNotices } from './error-notices';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App() {
  const [notices] = useState(createErrorNotices);
  const [queryClient] = useState(() => createQueryClient(notices));
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <ErrorNoticeGroup store={notices} />
    </QueryClientProvider>
  );
}
