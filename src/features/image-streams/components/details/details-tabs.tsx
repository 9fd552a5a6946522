import { Tab, TabContentBody, TabTitleText, Tabs } from '@patternfly/react-core';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { moveTabFocus } from '../../../../components/ui/tab-arrow-keys';
import type { ImageStream } from '../../api/schemas';
import { parseDetailsTab, type DetailsTab } from '../../model/history-view';
import type { TagRow } from '../../model/tag-rows';
import { HistoryTab } from '../history/history-tab';
import { TagsTable } from '../tags/tags-table';
import { YamlTab } from './yaml-tab';

type SetParams = ReturnType<typeof useSearchParams>[1];

/** Changes `?tab=` and `?tag=`, keeping the other parameters. */
const changeParams = (setParams: SetParams, changes: { tab?: DetailsTab; tag?: string }) =>
  setParams((current) => {
    const next = new URLSearchParams(current);
    if (changes.tab) next.set('tab', changes.tab);
    if (changes.tag !== undefined) next.set('tag', changes.tag);
    return next;
  });

// The tab contents read `?tag=` themselves, so a change of tag re-renders them and not <Tabs>.
function TagsTabContent({ stream, rows }: { stream: ImageStream; rows: TagRow[] }) {
  const tag = useSearchParams()[0].get('tag');
  return <TagsTable key={tag ?? ''} stream={stream} rows={rows} initialExpanded={tag ?? undefined} />;
}

function HistoryTabContent({ stream, rows }: { stream: ImageStream; rows: TagRow[] }) {
  const [params, setParams] = useSearchParams();
  return <HistoryTab stream={stream} rows={rows} tag={params.get('tag')} onTagChange={(next) => changeParams(setParams, { tag: next })} />;
}

/** Tags, History and YAML; the tab and the tag in view live in `?tab=` and `?tag=` so both can be linked. */
export function DetailsTabs({ stream, rows }: { stream: ImageStream; rows: TagRow[] }) {
  const [params, setParams] = useSearchParams();
  const tab = parseDetailsTab(params.get('tab'));
  // The latest setter, for a handler that stays the same while the memoized tabs stay the same.
  const setParamsRef = useRef(setParams);
  useLayoutEffect(() => {
    setParamsRef.current = setParams;
  }, [setParams]);
  const onSelect = useCallback((key: string | number) => changeParams(setParamsRef.current, { tab: parseDetailsTab(String(key)) }), []);

  // Memoized: PatternFly's <Tabs> measures its tab list (a forced layout of the page, the whole
  // history included) every time it updates; it needs to only when the tab or the stream changes.
  // Only the open tab is mounted: a stream with hundreds of tags keeps one big view, not three.
  return useMemo(
    () => (
      <Tabs activeKey={tab} onSelect={(_event, key) => onSelect(key)} aria-label="ImageStream views" onKeyDown={moveTabFocus} mountOnEnter unmountOnExit>
        <Tab eventKey="tags" title={<TabTitleText>Tags</TabTitleText>}>
          <TabContentBody hasPadding>
            <TagsTabContent stream={stream} rows={rows} />
          </TabContentBody>
        </Tab>
        <Tab eventKey="history" title={<TabTitleText>History</TabTitleText>}>
          <TabContentBody hasPadding>
            <HistoryTabContent stream={stream} rows={rows} />
          </TabContentBody>
        </Tab>
        <Tab eventKey="yaml" title={<TabTitleText>YAML</TabTitleText>}>
          <TabContentBody hasPadding>
            <YamlTab stream={stream} />
          </TabContentBody>
        </Tab>
      </Tabs>
    ),
    [tab, stream, rows, onSelect],
  );
}
