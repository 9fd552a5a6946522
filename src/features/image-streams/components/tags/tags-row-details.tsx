import {
  DescriptionList,
  Label,
  LabelGroup,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { ValueOrLink } from '../../../../components/ui/value-or-link';
import type { ImageStream } from '../../api/schemas';
import { lookupShortName, pullSpecs } from '../../model/pull-specs';
import { importPolicyText, referencePolicyHelp, referenceText } from '../../model/tag-details';
import type { TagRow } from '../../model/tag-rows';
import { ActionTagItem } from '../actions/action-tag-item';
import { detailsHref } from '../details/details-links';
import { DetailsItem } from '../details/details-item';
import { CopyableValue, PullSpecList } from '../details/details-pull-specs';


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
      <DetailsItem term="Reference">{referenceText(spec) ?? NOT_IN_SPEC}</DetailsItem>
      <DetailsItem term="Import policy">{importPolicyText(spec) ?? NOT_IN_SPEC}</DetailsItem>
      <DetailsItem term="Reference policy">
        {spec ? (
          <>
            <strong>{policy}</strong>: {referencePolicyHelp(policy)}
          </>
        ) : (
          NOT_IN_SPEC
        )}
      </DetailsItem>
      <DetailsItem term="Current image">
        {current?.image ? (
          <CopyableValue value={current.image} copyLabel={`Copy image digest of ${row.name}`} />
        ) : current ? (
          'no digest: a reference tag only records its pull spec'
        ) : (
          'none yet'
        )}
      </DetailsItem>
      {current ? (
        <DetailsItem term="Image reference">
          <code style={{ overflowWrap: 'anywhere' }}>{current.dockerImageReference}</code>
        </DetailsItem>
      ) : null}
      {shortName ? (
        <DetailsItem term="Short name for pods">
          <code>{shortName}</code>
        </DetailsItem>
      ) : null}
      <DetailsItem term="Pull specs">
        <PullSpecList specs={pullSpecs(stream, row.name, current)} subject={row.name} />
      </DetailsItem>
      <DetailsItem term="Annotations">
        {annotations.length ? (
          <LabelGroup aria-label={`Annotations of ${row.name}`} numLabels={10}>
            {annotations.map(([key, value]) => (
              <Label key={key} isCompact variant="outline">
                {key}=<ValueOrLink value={value} />
              </Label>
            ))}
          </LabelGroup>
        ) : (
          'none'
        )}
      </DetailsItem>
      <DetailsItem term="History">
        {row.history.length ? (
          <Link to={detailsHref(namespace, streamName, 'history', row.name)}>
            {row.history.length === 1 ? 'Show the 1 history item' : `Show all ${row.history.length} history items`}
          </Link>
        ) : (
          'no history yet'
        )}
      </DetailsItem>
    </DescriptionList>
  );
}
