import { Button, CodeBlock, CodeBlockAction, CodeBlockCode, Flex, FlexItem, Modal, ModalBody, ModalHeader, Tab, TabTitleText, Tabs } from '@patternfly/react-core';
import DownloadIcon from '@patternfly/react-icons/dist/esm/icons/download-icon';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { CopyButton } from '../../../../components/ui/copy-button';
import { moveTabFocus } from '../../../../components/ui/tab-arrow-keys';
import type { ImageStream } from '../../api/schemas';
import { toOcCommands } from '../../form/export-oc';
import { toPython } from '../../form/export-python';
import { toYaml, yamlFileName } from '../../form/export-yaml';
import { asArray, asRecord, isRecord, without } from '../../form/object-access';

// Set by the server: a manifest meant to create the stream again leaves them out.
const SERVER_METADATA = ['resourceVersion', 'uid', 'creationTimestamp', 'generation', 'managedFields', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds'];

/** A stream as read from the server -> the manifest that creates it again. */
export function exportable(stream: ImageStream): ImageStream {
  const spec = asRecord(stream.spec);
  const tags = asArray(spec.tags).map((tag) => (isRecord(tag) ? without(tag, ['generation']) : tag));
  // In the order `oc get -o yaml` prints, whatever order the server sent (Go writes kind first).
  return {
    apiVersion: 'image.openshift.io/v1',
    kind: 'ImageStream',
    metadata: without(asRecord(stream.metadata), SERVER_METADATA),
    spec: { ...spec, ...(spec.tags ? { tags } : {}) },
    ...without(stream, ['apiVersion', 'kind', 'metadata', 'spec', 'status']),
  } as ImageStream;
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The click starts the download synchronously; freeing the URL later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Code({ text, label, name, extra }: { text: string; label: string; name: string; extra?: ReactNode }) {
  return (
    <CodeBlock
      actions={
        <CodeBlockAction>
          <Flex spaceItems={{ default: 'spaceItemsSm' }}>
            <FlexItem>
              <CopyButton text={text} label={`Copy ${label}`} />
            </FlexItem>
            {extra ? <FlexItem>{extra}</FlexItem> : null}
          </Flex>
        </CodeBlockAction>
      }
    >
      <CodeBlockCode tabIndex={0} aria-label={`${label} of ${name || 'the ImageStream'}`}>
        {text}
      </CodeBlockCode>
    </CodeBlock>
  );
}

interface ExportModalProps {
  isOpen: boolean;
  onClose: () => void;
  /** The manifest to export (already without status and server metadata). */
  object: ImageStream;
}

export function ExportModal({ isOpen, onClose, object }: ExportModalProps) {
  const [tab, setTab] = useState<string | number>('yaml');
  const name = object.metadata.name;
  const texts = useMemo(() => ({ yaml: toYaml(object), oc: toOcCommands(object), python: toPython(object) }), [object]);
  const fileName = yamlFileName(name);
  return (
    <Modal isOpen={isOpen} onClose={onClose} variant="large" aria-labelledby="is-export-title">
      <ModalHeader title={`Export ${name || 'ImageStream'}`} labelId="is-export-title" description="The same stream as a YAML manifest, as oc commands, or as a call of the Python ImageStream class." />
      <ModalBody>
        <Tabs activeKey={tab} onSelect={(_event, key) => setTab(key)} onKeyDown={moveTabFocus} aria-label="Export formats" mountOnEnter>
          <Tab eventKey="yaml" title={<TabTitleText>YAML</TabTitleText>}>
            <Code
              text={texts.yaml}
              label="YAML"
              name={name}
              extra={
                <Button variant="secondary" size="sm" icon={<DownloadIcon />} onClick={() => download(fileName, texts.yaml)}>
                  Download {fileName}
                </Button>
              }
            />
          </Tab>
          <Tab eventKey="oc" title={<TabTitleText>oc commands</TabTitleText>}>
            <Code text={texts.oc} label="oc commands" name={name} />
          </Tab>
          <Tab eventKey="python" title={<TabTitleText>Python</TabTitleText>}>
            <Code text={texts.python} label="Python" name={name} />
          </Tab>
        </Tabs>
      </ModalBody>
    </Modal>
  );
}
