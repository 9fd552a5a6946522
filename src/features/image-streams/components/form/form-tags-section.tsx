import { Button, EmptyState, EmptyStateBody, Flex, FormSection, Stack } from '@patternfly/react-core';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useEffect, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { emptyTagValues } from '../../form/tag-schema';
import type { TagFormValues } from '../../form/tag-schema';
import type { FormControl } from './form-fields';
import { TagCard, tagButtonId } from './form-tag-card';
import type { TagAction } from './form-tag-card';

/** `latest` -> `latest-copy`, then `latest-copy-2`, … : a name no other tag has. */
export function copyName(name: string, taken: string[]): string {
  if (name === '') return '';
  const stem = `${name}-copy`;
  let candidate = stem;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${stem}-${n}`;
  return candidate;
}

/** Up to this many tags every card starts open; beyond it they start closed. */
const OPEN_UP_TO = 8;

interface TagsSectionProps {
  control: FormControl;
  getValues: UseFormGetValues<ImageStreamFormValues>;
  setValue: UseFormSetValue<ImageStreamFormValues>;
}

export function TagsSection({ control, getValues, setValue }: TagsSectionProps) {
  const { fields, append, insert, move, remove } = useFieldArray({ control, name: 'tags' });
  // Decided once: cards must not snap shut because one more tag was added.
  const [startClosed] = useState(fields.length > OPEN_UP_TO);
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  // A tag just added or duplicated opens, whatever the others do; its id is known only once it renders.
  const [reveal, setReveal] = useState<number>();
  const revealed = reveal === undefined ? undefined : fields[reveal];
  if (revealed) {
    setExpanded({ ...expanded, [revealed.id]: true });
    setReveal(undefined);
  }
  // A moved card is re-inserted in the DOM, which drops focus: put it back on the button used.
  const [refocus, setRefocus] = useState<{ rowId: string; action: TagAction }>();
  useEffect(() => {
    if (!refocus) return;
    const wanted = document.getElementById(tagButtonId(refocus.rowId, refocus.action));
    const other = document.getElementById(tagButtonId(refocus.rowId, refocus.action === 'up' ? 'down' : 'up'));
    (wanted && !(wanted as HTMLButtonElement).disabled ? wanted : other)?.focus();
  }, [refocus]);

  const act = (index: number, rowId: string, action: TagAction) => {
    if (action === 'up' && index > 0) move(index, index - 1);
    else if (action === 'down' && index < fields.length - 1) move(index, index + 1);
    else if (action === 'remove') remove(index);
    else if (action === 'duplicate') {
      const tags = getValues('tags');
      const tag = structuredClone(tags[index]) as TagFormValues;
      const copy = { ...tag, name: copyName(tag.name, tags.map((t) => t.name)) };
      insert(index + 1, copy, { focusName: `tags.${index + 1}.name` });
      setReveal(index + 1);
    }
    if (action === 'up' || action === 'down') setRefocus({ rowId, action });
  };

  return (
    <FormSection title="Tags" titleElement="h2">
      <Stack hasGutter>
        {fields.length > OPEN_UP_TO ? (
          <Flex spaceItems={{ default: 'spaceItemsMd' }}>
            <Button variant="link" isInline onClick={() => setExpanded(Object.fromEntries(fields.map((f) => [f.id, true])))}>
              Open all {fields.length} tags
            </Button>
            <Button variant="link" isInline onClick={() => setExpanded(Object.fromEntries(fields.map((f) => [f.id, false])))}>
              Close all tags
            </Button>
          </Flex>
        ) : null}
        {fields.length === 0 ? (
          <EmptyState variant="xs" headingLevel="h3" titleText="No tags">
            <EmptyStateBody>
              A stream without tags is still useful: builds and pushes add tags to it.
            </EmptyStateBody>
          </EmptyState>
        ) : null}
        {fields.map((field, index) => (
          <TagCard
            key={field.id}
            control={control}
            setValue={setValue}
            index={index}
            count={fields.length}
            rowId={field.id}
            onAction={(action) => act(index, field.id, action)}
            isExpanded={expanded[field.id] ?? !startClosed}
            onExpandedChange={(open) => setExpanded({ ...expanded, [field.id]: open })}
          />
        ))}
        <div>
          <Button
            variant="secondary"
            icon={<PlusCircleIcon />}
            onClick={() => {
              append(emptyTagValues(fields.length === 0 ? 'latest' : ''), { focusName: `tags.${fields.length}.name` });
              setReveal(fields.length);
            }}
          >
            Add tag
          </Button>
        </div>
      </Stack>
    </FormSection>
  );
}
