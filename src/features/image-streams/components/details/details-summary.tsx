import {
  Content,
  DescriptionList,
  Label,
  LabelGroup,
} from '@patternfly/react-core';
import { ValueOrLink } from '../../../../components/ui/value-or-link';
import type { ImageStream } from '../../api/schemas';
import { lookupShortName } from '../../model/pull-specs';
import { lastUpdated, uniqueImages } from '../../model/summary';
import type { TagRow } from '../../model/tag-rows';
import { DetailsItem } from './details-item';
import { CopyableValue } from './details-pull-specs';
import { DetailsTime } from './details-time';


function KeyValues({ values, label }: { values: Record<string, string> | null | undefined; label: string }) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return <span>none</span>;
  return (
    <LabelGroup aria-label={label} numLabels={10}>
      {entries.map(([key, value]) => (
        <Label key={key} isCompact variant="outline">
          {key}=<ValueOrLink value={value} />
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
      <DetailsItem term="Created">
        <DetailsTime iso={metadata.creationTimestamp} showAbsolute />
      </DetailsItem>
      <DetailsItem term="Last updated">
        <DetailsTime iso={updated} showAbsolute />
      </DetailsItem>
      <DetailsItem term="Internal repository">
        {internal ? <CopyableValue value={internal} copyLabel="Copy internal repository" /> : 'not known yet'}
      </DetailsItem>
      <DetailsItem term="Public repository">
        {external ? <CopyableValue value={external} copyLabel="Copy public repository" /> : 'not exposed: the registry has no route'}
      </DetailsItem>
      <DetailsItem term="Lookup policy">
        <LookupPolicy stream={stream} rows={rows} />
      </DetailsItem>
      <DetailsItem term="Tags">{rows.length}</DetailsItem>
      <DetailsItem term="Unique images">{uniqueImages(stream)}</DetailsItem>
      <DetailsItem term="Labels">
        <KeyValues values={metadata.labels} label="Labels" />
      </DetailsItem>
      <DetailsItem term="Annotations">
        <KeyValues values={metadata.annotations} label="Annotations" />
      </DetailsItem>
    </DescriptionList>
  );
}
