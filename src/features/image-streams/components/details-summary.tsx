import {
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { ImageStream } from '../api/schemas';
import { lookupShortName } from '../model/pull-specs';
import { lastUpdated, uniqueImages } from '../model/summary';
import type { TagRow } from '../model/tag-rows';
import { CopyableValue } from './details-pull-specs';
import { DetailsTime } from './details-time';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

function KeyValues({ values, label }: { values: Record<string, string> | null | undefined; label: string }) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return <span>none</span>;
  return (
    <LabelGroup aria-label={label} numLabels={10}>
      {entries.map(([key, value]) => (
        <Label key={key} isCompact variant="outline">
          {key}={value}
        </Label>
      ))}
    </LabelGroup>
  );
}

function LookupPolicy({ stream, rows }: { stream: ImageStream; rows: TagRow[] }) {
  const { name, namespace } = stream.metadata;
  const example = rows.find((row) => row.name === 'latest')?.name ?? rows[0]?.name;
  const shortName = example ? lookupShortName(stream, example) : undefined;
  if (!stream.spec.lookupPolicy?.local) {
    return (
      <Content component="p">
        Local lookup off: pods must name a full pull spec; a bare <code>{name}:{example ?? '<tag>'}</code> would be pulled
        from Docker Hub instead.
      </Content>
    );
  }
  return (
    <Content component="p">
      Local lookup on: pods in namespace {namespace} may use the short name <code>{shortName ?? `${name}:<tag>`}</code>{' '}
      as their image, and the cluster replaces it with the tag’s current image from this stream.
    </Content>
  );
}

export function DetailsSummary({ stream, rows }: { stream: ImageStream; rows: TagRow[] }) {
  const { metadata, status } = stream;
  const internal = status?.dockerImageRepository;
  const external = status?.publicDockerImageRepository;
  const updated = lastUpdated(stream);
  return (
    <DescriptionList aria-label="Summary" isCompact columnModifier={{ default: '1Col', lg: '2Col', '2xl': '3Col' }}>
      <Item term="Created">
        <DetailsTime iso={metadata.creationTimestamp} showAbsolute />
      </Item>
      <Item term="Last updated">
        <DetailsTime iso={updated} showAbsolute />
      </Item>
      <Item term="Internal repository">
        {internal ? <CopyableValue value={internal} copyLabel="Copy internal repository" /> : 'not known yet'}
      </Item>
      <Item term="Public repository">
        {external ? <CopyableValue value={external} copyLabel="Copy public repository" /> : 'not exposed: the registry has no route'}
      </Item>
      <Item term="Lookup policy">
        <LookupPolicy stream={stream} rows={rows} />
      </Item>
      <Item term="Tags">{rows.length}</Item>
      <Item term="Unique images">{uniqueImages(stream)}</Item>
      <Item term="Labels">
        <KeyValues values={metadata.labels} label="Labels" />
      </Item>
      <Item term="Annotations">
        <KeyValues values={metadata.annotations} label="Annotations" />
      </Item>
    </DescriptionList>
  );
}
