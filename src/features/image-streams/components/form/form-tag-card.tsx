import { Button, Card, CardBody, CardExpandableContent, CardHeader, CardTitle, Content, Divider, Flex, FlexItem, Grid, GridItem, Stack, Title } from '@patternfly/react-core';
import AngleDownIcon from '@patternfly/react-icons/dist/esm/icons/angle-down-icon';
import AngleUpIcon from '@patternfly/react-icons/dist/esm/icons/angle-up-icon';
import CopyIcon from '@patternfly/react-icons/dist/esm/icons/copy-icon';
import TrashIcon from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import type { ReactNode } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import type { UseFormSetValue } from 'react-hook-form';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { TextField } from './form-fields';
import type { FormControl } from './form-fields';
import { KeyValueRows } from './form-key-value-rows';
import { TagImportPolicy, TagReferencePolicy } from './form-tag-policies';
import { TagSource } from './form-tag-source';

export type TagAction = 'up' | 'down' | 'duplicate' | 'remove';
type TagButton = TagAction | 'toggle';

interface TagCardProps {
  control: FormControl;
  setValue: UseFormSetValue<ImageStreamFormValues>;
  index: number;
  count: number;
  /** react-hook-form's id for the row: stable across moves, so focus can follow a moved card. */
  rowId: string;
  onAction: (action: TagAction) => void;
  /** Long streams start with their cards closed, so that a 120-tag stream opens at once. */
  isExpanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
}

export const tagButtonId = (rowId: string, action: TagButton): string => `tag-${rowId}-${action}`;

export function TagCard({ control, setValue, index, count, rowId, onAction, isExpanded, onExpandedChange }: TagCardProps) {
  const [name, kind, source] = useWatch({ control, name: [`tags.${index}.name`, `tags.${index}.sourceKind`, `tags.${index}.sourceName`] });
  const label = `Tag ${index + 1}`;
  const { errors } = useFormState({ control, name: `tags.${index}` });
  // A card with an error is always open, so the error can be seen and fixed.
  const hasErrors = Boolean(errors.tags?.[index]);
  const open = isExpanded || hasErrors;
  const button = (action: TagAction, text: string, icon: ReactNode, isDisabled = false) => (
    <Button
      id={tagButtonId(rowId, action)}
      variant="plain"
      size="sm"
      icon={icon}
      aria-label={`${text} ${label.toLowerCase()}`}
      title={`${text} ${label.toLowerCase()}`}
      isDisabled={isDisabled}
      onClick={() => onAction(action)}
    />
  );
  return (
    <Card component="section" aria-label={label} isCompact isExpanded={open}>
      <CardHeader
        onExpand={() => onExpandedChange(!open)}
        toggleButtonProps={{ id: tagButtonId(rowId, 'toggle'), 'aria-label': `Show the fields of ${label.toLowerCase()}`, 'aria-expanded': open }}
        actions={{
          actions: (
            <Flex spaceItems={{ default: 'spaceItemsNone' }}>
              <FlexItem>{button('up', 'Move up', <AngleUpIcon />, index === 0)}</FlexItem>
              <FlexItem>{button('down', 'Move down', <AngleDownIcon />, index === count - 1)}</FlexItem>
              <FlexItem>{button('duplicate', 'Duplicate', <CopyIcon />)}</FlexItem>
              <FlexItem>{button('remove', 'Remove', <TrashIcon />)}</FlexItem>
            </Flex>
          ),
          hasNoOffset: true,
        }}
      >
        <CardTitle component="h3">
          {label}
          {name ? `: ${name}` : ''}
        </CardTitle>
        {open ? null : (
          <Content component="small">{kind ? `${kind} ${source}` : 'No source: builds or pushes fill it'}</Content>
        )}
      </CardHeader>
      <CardExpandableContent>
        <CardBody>
          <Stack hasGutter>
            <TextField
              control={control}
              name={`tags.${index}.name`}
              label="Tag name"
              isRequired
              hint="Letters, digits, '_', '.' and '-', such as latest or 1.0; unique in this stream."
            />
            <TagSource control={control} setValue={setValue} index={index} />
            {kind !== '' ? <TagImportPolicy control={control} index={index} /> : null}
            <TagReferencePolicy control={control} index={index} />
            <Divider />
            <Title headingLevel="h4" size="md">
              Tag annotations
            </Title>
            <Grid hasGutter>
              <GridItem md={12}>
                <TextField control={control} name={`tags.${index}.description`} label="Description" />
              </GridItem>
              <GridItem md={6}>
                <TextField control={control} name={`tags.${index}.version`} label="Version" />
              </GridItem>
              <GridItem md={6}>
                <TextField control={control} name={`tags.${index}.supports`} label="Supports" hint="Such as Python 3.9" />
              </GridItem>
            </Grid>
            <KeyValueRows control={control} name={`tags.${index}.annotations`} noun="Tag annotation" />
          </Stack>
        </CardBody>
      </CardExpandableContent>
    </Card>
  );
}
