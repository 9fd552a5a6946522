import { PageSection, Stack, StackItem, Title } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { isForbidden, isNotFound } from '../../../../lib/k8s/errors';
import type { ImageStreamListData } from '../../api/fetchers';
import { useImageStreamsWatch, useWatchState } from '../../api/live';
import { imageStreamQueries } from '../../api/queries';
import { parseLabelSelector, type Requirement } from '../../model/label-selector';
import { toListRows } from '../../model/list-rows';
import { filterRows } from '../../model/list-view';
import { ImageStreamTable, ImageStreamTableSkeleton } from './image-stream-table';
import { ListProgress } from './list-progress';
import { EmptyNamespaceState, ForbiddenState, LoadErrorBanner, MissingNamespaceState, NoMatchState, WatchOfflineBanner } from './list-states';
import { ListToolbar } from './list-toolbar';
import { LiveIndicator } from './live-indicator';
import { ALL_NAMESPACES_PARAM, listPath, namespaceFromParam, rememberNamespace } from './namespace-route';
import { useListParams } from './use-list-params';
import { useSortedRows } from './use-sorted-rows';

// Module-level so TanStack Query reuses the result until the data changes.
const selectRows = (data: ImageStreamListData) => ({ rows: toListRows(data.items), progress: data.progress });
const NO_REQUIREMENTS: Requirement[] = [];
const count = new Intl.NumberFormat('en');
const plural = (n: number) => `${count.format(n)} ImageStream${n === 1 ? '' : 's'}`;

export function ImageStreamListPage() {
  const { namespace: namespaceParam = ALL_NAMESPACES_PARAM } = useParams();
  const namespace = namespaceFromParam(namespaceParam);
  const navigate = useNavigate();
  const { search } = useLocation();
  const { params, setName, setLabels, setSort, clearFilters } = useListParams();
  // The list view shows load failures itself (banner or empty state), so no global notice as well.
  const query = useQuery({ ...imageStreamQueries.list({ namespace }), select: selectRows, meta: { errorNotice: false } });
  useImageStreamsWatch(namespace);
  const watch = useWatchState(namespace);

  // Remember every namespace the user lands on, by the selector or by a shared link, for `#/`.
  useEffect(() => rememberNamespace(namespaceParam), [namespaceParam]);

  const selector = useMemo(() => parseLabelSelector(params.labels), [params.labels]);
  const requirements = selector.ok ? selector.requirements : NO_REQUIREMENTS;
  // Not deferred: filtering 10,000 rows takes about a millisecond and the rows in view recycle their
  // DOM, so one render per keystroke is short; a deferred render is sliced into 5 ms tasks with the
  // browser rendering in between, which doubled the time from keystroke to rows.
  const name = params.name;
  const allRows = query.data?.rows;
  const progress = query.data?.progress;
  const sorted = useSortedRows(allRows, params.sort, params.direction);
  const rows = useMemo(() => filterRows(sorted, { name, requirements }), [sorted, name, requirements]);

  // One object per sort, so the memoized table header does not re-render on every keystroke.
  const sort = useMemo(() => ({ key: params.sort, direction: params.direction }), [params.sort, params.direction]);
  const total = allRows?.length ?? 0;
  const filtering = rows.length !== total;
  const showNamespace = namespaceParam === ALL_NAMESPACES_PARAM;
  // These answers are about the namespace, not the connection: say so in place of the list.
  const forbidden = query.isError && isForbidden(query.error) && !allRows;
  const missing = query.isError && isNotFound(query.error) && !allRows;

  // Stable, so the memoized namespace select does not re-render on every keystroke.
  const onNamespaceChange = useCallback(
    (next: string) => {
      // Remembered at once: the route renders in a transition, and `#/` may be opened before it commits.
      rememberNamespace(next);
      void navigate({ pathname: listPath(next), search });
    },
    [navigate, search],
  );

  let content;
  if (forbidden) content = <ForbiddenState namespace={namespace} error={query.error} />;
  else if (missing) content = <MissingNamespaceState namespace={namespace} />;
  else if (query.isPending) content = <ImageStreamTableSkeleton showNamespace={showNamespace} sort={sort} onSort={setSort} />;
  else if (!allRows) content = null;
  else if (total === 0 && !progress) content = <EmptyNamespaceState namespace={namespace} />;
  else if (rows.length === 0 && total > 0) content = <NoMatchState onClear={clearFilters} />;
  else
    content = (
      <ImageStreamTable
        rows={rows}
        showNamespace={showNamespace}
        sort={sort}
        onSort={setSort}
      />
    );

  return (
    <PageSection isFilled>
      <Stack hasGutter>
        <Title headingLevel="h1">ImageStreams</Title>
        <ListToolbar
          namespaceParam={namespaceParam}
          onNamespaceChange={onNamespaceChange}
          name={params.name}
          onNameChange={setName}
          labels={params.labels}
          onLabelsChange={setLabels}
          labelsError={selector.ok ? undefined : selector.error}
          onClearFilters={clearFilters}
          summary={
            progress ? (
              <ListProgress progress={progress} />
            ) : allRows ? (
              filtering ? `${count.format(rows.length)} of ${plural(total)}` : plural(total)
            ) : undefined
          }
          live={<LiveIndicator watchKey={namespace} />}
        />
        {query.isError && !forbidden && !missing ? (
          <LoadErrorBanner
            error={query.error}
            hasData={Boolean(allRows)}
            isRetrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        ) : watch.status === 'offline' && allRows ? (
          <WatchOfflineBanner error={watch.error} />
        ) : null}
        <StackItem isFilled>{content}</StackItem>
      </Stack>
    </PageSection>
  );
}
