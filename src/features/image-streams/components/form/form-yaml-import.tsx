import { Alert, Button, Form, FormGroup, Modal, ModalBody, ModalFooter, ModalHeader, TextArea } from '@patternfly/react-core';
import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { importYaml } from '../../form/yaml-import';
import type { YamlImportError, YamlImportResult } from '../../form/yaml-import';
import { FieldHelper } from './form-fields';

export type YamlImported = Extract<YamlImportResult, { ok: true }>;

interface YamlImportModalProps {
  isOpen: boolean;
  onClose: () => void;
  onImport: (result: YamlImported) => void;
}

const TEXT_ID = 'is-yaml-import-text';
const FILE_ID = 'is-yaml-import-file';

/** Selects the line an error points at, so the user lands on it. */
function selectLine(textarea: HTMLTextAreaElement | null, line: number | undefined): void {
  if (!textarea || !line) return;
  const lines = textarea.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  textarea.focus();
  textarea.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
}

export function YamlImportModal({ isOpen, onClose, onImport }: YamlImportModalProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<YamlImportError>();
  const textarea = useRef<HTMLTextAreaElement>(null);

  const run = (source: string) => {
    const result = importYaml(source);
    if (!result.ok) {
      setError(result.error);
      // After the alert renders, so the selection is what the user sees.
      requestAnimationFrame(() => selectLine(textarea.current, result.error.line));
      return;
    }
    setError(undefined);
    setText('');
    onImport(result);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const content = await file.text();
    setText(content);
    run(content);
  };

  const errorLine = error?.line ? text.split('\n')[error.line - 1] : undefined;
  return (
    <Modal isOpen={isOpen} onClose={onClose} variant="medium" aria-labelledby="is-yaml-import-title">
      <ModalHeader title="Create from YAML" labelId="is-yaml-import-title" description="Paste an ImageStream, or upload a file, in YAML or JSON. Its values fill the form, for you to review before creating it." />
      <ModalBody>
        <Form onSubmit={(event) => event.preventDefault()}>
          {error ? (
            <Alert isInline variant="danger" title="This is not an ImageStream the form can take" component="h2">
              <p>{error.message}</p>
              {errorLine !== undefined ? (
                <pre>
                  {error.line}: {errorLine}
                </pre>
              ) : null}
            </Alert>
          ) : null}
          <FormGroup label="Upload a file" fieldId={FILE_ID}>
            <input id={FILE_ID} type="file" accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml" onChange={(event) => void upload(event)} />
          </FormGroup>
          <FormGroup label="YAML" fieldId={TEXT_ID}>
            <TextArea
              id={TEXT_ID}
              ref={textarea}
              value={text}
              onChange={(_event, value) => setText(value)}
              rows={16}
              resizeOrientation="vertical"
              validated={error ? 'error' : 'default'}
              aria-describedby={`${TEXT_ID}-helper`}
              spellCheck={false}
              style={{ fontFamily: 'var(--pf-t--global--font--family--mono)' }}
            />
            <FieldHelper id={`${TEXT_ID}-helper`} hint="Such as the output of oc get is NAME -o yaml: status and server-set metadata are dropped." />
          </FormGroup>
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={() => run(text)} isDisabled={text.trim() === ''}>
          Fill the form
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
