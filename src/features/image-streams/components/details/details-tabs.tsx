import { Tab, TabContentBody, TabTitleText, Tabs } from '@patternfly/react-core';
import { useSearchParams } from 'react-router';
import { moveTabFocus } from '../../../../components/ui/tab-arrow-keys';
import type { ImageStream } from '../../api/schemas';
import { parseDetailsTab, type DetailsTab } from '../../model/history-view';
import type { TagRow } from '../../model/tag-rows';
import { HistoryTab } from '../history/history-tab';
import { TagsTable } from '../tags/tags-table';
import { YamlTab } from './yaml-tab';

/** Tags, History and YAML; the tab and the tag in view live in `?tab=` and `?tag=` so both can be linked. */
export function DetailsTabs({ stream, rows }: { stream: ImageStream; rows: TagRow[] }) {
  const [params, setParams] = useSearchParams();
  const tab = parseDetailsTab(params.get('tab'));
  const tag = params.get('tag');

  const update = (changes: { tab?: DetailsTab; tag?: string }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (changes.tab) next.set('tab', changes.tab);
      if (changes.tag !== undefined) next.set('tag', changes.tag);
      return next;
    });

  // Only the open tab is mounted: a stream with hundreds of tags keeps one big view, not three.
  return (
    <Tabs
      activeKey={tab}
      onSelect={(_event, key) => update({ tab: parseDetailsTab(String(key)) })}
      aria-label="ImageStream views"
      onKeyDown={moveTabFocus}
      mountOnEnter
      unmountOnExit
    >
      <Tab eventKey="tags" title={<TabTitleText>Tags</TabTitleText>}>
        <TabContentBody hasPadding>
          <TagsTable key={tag ?? ''} stream={stream} rows={rows} initialExpanded={tag ?? undefined} />
        </TabContentBody>
      </Tab>
      <Tab eventKey="history" title={<TabTitleText>History</TabTitleText>}>
        <TabContentBody hasPadding>
          <HistoryTab stream={stream} rows={rows} tag={tag} onTagChange={(next) => update({ tag: next })} />
        </TabContentBody>
      </Tab>
      <Tab eventKey="yaml" title={<TabTitleText>YAML</TabTitleText>}>
        <TabContentBody hasPadding>
          <YamlTab stream={stream} />
        </TabContentBody>
      </Tab>
    </Tabs>
  );
}
