import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ImageStream } from '../api/schemas';
import { lookupShortName, pullSpecs } from '../model/pull-specs';
import { importPolicyText, referencePolicyHelp, referenceText } from '../model/tag-details';
import type { TagRow } from '../model/tag-rows';
import { ActionTagItem } from './action-tag-item';
import { detailsHref } from './details-links';
import { CopyableValue, PullSpecList } from './details-pull-specs';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

const NOT_IN_SPEC = 'none: the tag was pushed and is not declared in spec';

/** The expanded part of a tag's row: its settings in words and every pull spec to copy. */
export function TagRowDetails({ stream, row }: { stream: ImageStream; row: TagRow }) {
  const { spec, current } = row;
  const { name: streamName, namespace = '' } = stream.metadata;
  const policy = spec?.referencePolicy?.type ?? 'Source';
  const shortName = lookupShortName(stream, row.name);
  const annotations = Object.entries(spec?.annotations ?? {});
  return (
    <DescriptionList isCompact isHorizontal horizontalTermWidthModifier={{ default: '12rem' }} aria-label={`Details of tag ${row.name}`}>
      <ActionTagItem stream={stream} row={row} />
      <Item term="Reference">{referenceText(spec) ?? NOT_IN_SPEC}</Item>
      <Item term="Import policy">{importPolicyText(spec) ?? NOT_IN_SPEC}</Item>
      <Item term="Reference policy">
        {spec ? (
          <>
            <strong>{policy}</strong>: {referencePolicyHelp(policy)}
          </>
        ) : (
          NOT_IN_SPEC
        )}
      </Item>
      <Item term="Current image">
        {current?.image ? (
          <CopyableValue value={current.image} copyLabel={`Copy image digest of ${row.name}`} />
        ) : current ? (
          'no digest: a reference tag only records its pull spec'
        ) : (
          'none yet'
        )}
      </Item>
      {current ? (
        <Item term="Image reference">
          <code style={{ overflowWrap: 'anywhere' }}>{current.dockerImageReference}</code>
        </Item>
      ) : null}
      {shortName ? (
        <Item term="Short name for pods">
          <code>{shortName}</code>
        </Item>
      ) : null}
      <Item term="Pull specs">
        <PullSpecList specs={pullSpecs(stream, row.name, current)} subject={row.name} />
      </Item>
      <Item term="Annotations">
        {annotations.length ? (
          <LabelGroup aria-label={`Annotations of ${row.name}`} numLabels={10}>
            {annotations.map(([key, value]) => (
              <Label key={key} isCompact variant="outline">
                {key}={value}
              </Label>
            ))}
          </LabelGroup>
        ) : (
          'none'
        )}
      </Item>
      <Item term="History">
        {row.history.length ? (
          <Link to={detailsHref(namespace, streamName, 'history', row.name)}>
            {row.history.length === 1 ? 'Show the 1 history item' : `Show all ${row.history.length} history items`}
          </Link>
        ) : (
          'no history yet'
        )}
      </Item>
    </DescriptionList>
  );
}
