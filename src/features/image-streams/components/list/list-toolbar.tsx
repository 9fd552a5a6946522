import {
  Button,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { memo, type ReactNode } from 'react';
import { ActionBulkBar } from '../actions/action-bulk-bar';
import { ActionNotice } from '../actions/action-notice';
import { CreateStreamLink } from '../form/form-create-link';
import { NameFilterInput } from './name-filter-input';
import { NamespaceSelect } from './namespace-select';

// The toolbar re-renders on every keystroke in the filter; these parts do not depend on the text.
// Once opened, the namespace select holds a Popper, which reads computed styles (a style recalculation
// of the whole page) each time it renders.
const StableNamespaceSelect = memo(NamespaceSelect);
const ToolbarActions = memo(function ToolbarActions({ namespaceParam }: { namespaceParam: string }) {
  return (
    <>
      <CreateStreamLink namespaceParam={namespaceParam} />
      <ActionNotice />
      <ActionBulkBar />
    </>
  );
});

const LABELS_ID = 'list-filter-labels';
const LABELS_HELP_ID = 'list-filter-labels-help';

interface ListToolbarProps {
  namespaceParam: string;
  onNamespaceChange: (namespaceParam: string) => void;
  name: string;
  onNameChange: (name: string) => void;
  labels: string;
  onLabelsChange: (labels: string) => void;
  /** Why the label selector cannot be used; it filters nothing meanwhile. */
  labelsError?: string;
  onClearFilters: () => void;
  /** "15 ImageStreams", "2 of 15 ImageStreams", or the loading progress. */
  summary?: ReactNode;
  live?: ReactNode;
}

export function ListToolbar(props: ListToolbarProps) {
  const { name, labels, labelsError } = props;
  return (
    <Toolbar>
      <ToolbarContent alignItems="start">
        <ToolbarItem>
          <StableNamespaceSelect value={props.namespaceParam} onChange={props.onNamespaceChange} />
        </ToolbarItem>
        <ToolbarGroup variant="filter-group">
          <ToolbarItem>
            <FormGroup label="Filter by name" fieldId="list-filter-name">
              <NameFilterInput inputId="list-filter-name" label="Filter by name" clearLabel="Clear name filter" value={name} onChange={props.onNameChange} />
            </FormGroup>
          </ToolbarItem>
          <ToolbarItem>
            <FormGroup label="Label selector" fieldId={LABELS_ID}>
              <TextInput
                id={LABELS_ID}
                type="text"
                value={labels}
                placeholder="tier=frontend,env!=dev"
                onChange={(_event, value) => props.onLabelsChange(value)}
                validated={labelsError ? 'error' : 'default'}
                aria-invalid={labelsError ? true : undefined}
                aria-describedby={LABELS_HELP_ID}
                spellCheck={false}
                autoComplete="off"
                style={{ minWidth: '16rem' }}
              />
              <FormHelperText>
                <HelperText id={LABELS_HELP_ID} isLiveRegion>
                  {labelsError ? (
                    <HelperTextItem variant="error">{labelsError}</HelperTextItem>
                  ) : (
                    <HelperTextItem>=, !=, in (a,b), notin (a,b), key, !key</HelperTextItem>
                  )}
                </HelperText>
              </FormHelperText>
            </FormGroup>
          </ToolbarItem>
          {name || labels ? (
            <ToolbarItem alignSelf="center">
              <Button variant="link" onClick={props.onClearFilters}>
                Clear filters
              </Button>
            </ToolbarItem>
          ) : null}
        </ToolbarGroup>
        <ToolbarGroup align={{ default: 'alignEnd' }} alignSelf="center">
          <ToolbarItem>
            <ToolbarActions namespaceParam={props.namespaceParam} />
          </ToolbarItem>
        </ToolbarGroup>
      </ToolbarContent>
      {/* A row of its own, there from the start: the count and the indicator change width as the list
          loads, and in the row above they would wrap it and move the table down. */}
      <ToolbarContent>
        <ToolbarItem>
          <span aria-live="polite">{props.summary}</span>
        </ToolbarItem>
        <ToolbarItem align={{ default: 'alignEnd' }}>{props.live}</ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
}
