import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  FlexItem,
} from '@patternfly/react-core';
import { CopyButton } from '../../../../components/ui/copy-button';
import type { PullSpecs } from '../../model/pull-specs';

const ROWS: { key: keyof PullSpecs; term: string; words: string }[] = [
  { key: 'internalByTag', term: 'Internal, by tag', words: 'internal pull spec by tag' },
  { key: 'internalByDigest', term: 'Internal, by digest', words: 'internal pull spec by digest' },
  { key: 'publicByTag', term: 'Public, by tag', words: 'public pull spec by tag' },
  { key: 'publicByDigest', term: 'Public, by digest', words: 'public pull spec by digest' },
];

/** A value to copy: shown in full, with a copy button that says what it copies. */
export function CopyableValue({ value, copyLabel }: { value: string; copyLabel: string }) {
  return (
    <Flex spaceItems={{ default: 'spaceItemsXs' }} alignItems={{ default: 'alignItemsCenter' }} flexWrap={{ default: 'nowrap' }}>
      <FlexItem style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <code>{value}</code>
      </FlexItem>
      <FlexItem>
        <CopyButton text={value} label={copyLabel} />
      </FlexItem>
    </Flex>
  );
}

interface PullSpecListProps {
  specs: PullSpecs;
  /** What the specs belong to, for the copy buttons' names: a tag name or a short digest. */
  subject: string;
  /** Leave out the by-tag specs (history items are about one image). */
  digestOnly?: boolean;
}

export function PullSpecList({ specs, subject, digestOnly = false }: PullSpecListProps) {
  const rows = ROWS.filter((row) => specs[row.key] && (!digestOnly || row.key.endsWith('ByDigest')));
  if (rows.length === 0) return <span>No pull spec: the image has no digest and the registry has no repository for it.</span>;
  return (
    <DescriptionList isCompact isHorizontal horizontalTermWidthModifier={{ default: '10rem' }}>
      {rows.map((row) => (
        <DescriptionListGroup key={row.key}>
          <DescriptionListTerm>{row.term}</DescriptionListTerm>
          <DescriptionListDescription>
            <CopyableValue value={specs[row.key] ?? ''} copyLabel={`Copy ${row.words} of ${subject}`} />
          </DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}
