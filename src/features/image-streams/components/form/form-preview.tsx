import { CodeBlock, CodeBlockAction, CodeBlockCode, Title } from '@patternfly/react-core';
import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { CopyButton } from '../../../../components/ui/copy-button';
import { toYaml } from '../../form/export-yaml';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { toObject } from '../../form/to-object';
import type { FormControl } from './form-fields';

const PREVIEW_DELAY_MS = 150;

interface PreviewProps {
  control: FormControl;
  /** The object the form started from (edit) or was filled from (YAML): its other fields are sent too. */
  base?: unknown;
}

/** The exact object Create or Save sends, as it is typed. */
export function FormPreview({ control, base }: PreviewProps) {
  const values = useWatch({ control }) as ImageStreamFormValues;
  // Printing a 120-tag stream takes a while: it waits for a pause in the typing, so keystrokes stay instant.
  const [shown, setShown] = useState(values);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(values), PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [values]);
  const text = useMemo(() => toYaml(toObject(shown, base)), [shown, base]);
  return (
    <section aria-labelledby="is-form-preview-title">
      <Title headingLevel="h2" size="md" id="is-form-preview-title">
        Preview: the object that will be sent
      </Title>
      <CodeBlock
        actions={
          <CodeBlockAction>
            <CopyButton text={text} label="Copy preview YAML" />
          </CodeBlockAction>
        }
      >
        <CodeBlockCode tabIndex={0} aria-label="Preview YAML">
          {text}
        </CodeBlockCode>
      </CodeBlock>
    </section>
  );
}
