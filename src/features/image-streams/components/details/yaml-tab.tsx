import { Button, CodeBlock, CodeBlockAction, CodeBlockCode, Flex, FlexItem, Tooltip } from '@patternfly/react-core';
import DownloadIcon from '@patternfly/react-icons/dist/esm/icons/download-icon';
import { useMemo } from 'react';
import { stringify } from 'yaml';
import { CopyButton } from '../../../../components/ui/copy-button';
import type { ImageStream } from '../../api/schemas';

// Objects that arrived through a watch event may lack kind/apiVersion; a YAML file must carry them.
export function imageStreamYaml(stream: ImageStream): string {
  return stringify({ apiVersion: 'image.openshift.io/v1', kind: 'ImageStream', ...stream });
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

export function YamlTab({ stream }: { stream: ImageStream }) {
  const text = useMemo(() => imageStreamYaml(stream), [stream]);
  const name = stream.metadata.name;

  const actions = (
    <CodeBlockAction>
      <Flex spaceItems={{ default: 'spaceItemsSm' }}>
        <FlexItem>
          <CopyButton text={text} label="Copy YAML" />
        </FlexItem>
        <FlexItem>
          <Tooltip content={`Download ${name}.yaml`} aria="none">
            <Button
              variant="plain"
              size="sm"
              icon={<DownloadIcon />}
              aria-label={`Download ${name}.yaml`}
              onClick={() => download(`${name}.yaml`, text)}
            />
          </Tooltip>
        </FlexItem>
      </Flex>
    </CodeBlockAction>
  );

  return (
    <section aria-label={`YAML of ${name}`}>
      <CodeBlock actions={actions}>
        {/* Focusable so keyboard users can scroll a long object. */}
        <CodeBlockCode tabIndex={0}>{text}</CodeBlockCode>
      </CodeBlock>
    </section>
  );
}
