import { Breadcrumb, BreadcrumbItem, Button, Content, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';
import FileImportIcon from '@patternfly/react-icons/dist/esm/icons/file-import-icon';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImageStream } from '../../api/schemas';
import { ExportButton } from './form-export-button';
import { YamlImportModal } from './form-yaml-import';
import type { YamlImported } from './form-yaml-import';
import { detailsPath, listPath } from '../list/namespace-route';

interface FormHeaderProps {
  mode: 'create' | 'edit';
  name: string;
  namespace: string;
  /** Create only: fill the form from pasted or uploaded YAML. */
  onYamlImport?: (result: YamlImported) => void;
  getObject: () => ImageStream;
}

export function FormHeader({ mode, name, namespace, onYamlImport, getObject }: FormHeaderProps) {
  const [importing, setImporting] = useState(false);
  const listLabel = namespace ? `ImageStreams in ${namespace}` : 'ImageStreams';
  return (
    <>
      <PageSection type="breadcrumb">
        <Breadcrumb>
          <BreadcrumbItem render={({ className }) => <Link className={className} to={listPath(namespace || 'all')}>{listLabel}</Link>} />
          {mode === 'edit' ? (
            <BreadcrumbItem render={({ className }) => <Link className={className} to={detailsPath(namespace, name)}>{name}</Link>} />
          ) : null}
          <BreadcrumbItem isActive>{mode === 'edit' ? 'Edit' : 'Create ImageStream'}</BreadcrumbItem>
        </Breadcrumb>
      </PageSection>
      <PageSection>
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} alignItems={{ default: 'alignItemsFlexStart' }}>
          <FlexItem>
            <Title headingLevel="h1">{mode === 'edit' ? `Edit ${name}` : 'Create ImageStream'}</Title>
            <Content component="p">
              {mode === 'edit'
                ? `ImageStream in namespace ${namespace}. Saving replaces the stream's spec, labels and annotations with these values.`
                : 'Fill in the form, or start from YAML. The preview shows the exact object that will be sent.'}
            </Content>
          </FlexItem>
          <FlexItem>
            <Flex spaceItems={{ default: 'spaceItemsSm' }}>
              {onYamlImport ? (
                <FlexItem>
                  <Button variant="secondary" icon={<FileImportIcon />} onClick={() => setImporting(true)}>
                    Create from YAML
                  </Button>
                </FlexItem>
              ) : null}
              <FlexItem>
                <ExportButton getObject={getObject} />
              </FlexItem>
            </Flex>
          </FlexItem>
        </Flex>
      </PageSection>
      {onYamlImport ? (
        <YamlImportModal
          isOpen={importing}
          onClose={() => setImporting(false)}
          onImport={(result) => {
            setImporting(false);
            onYamlImport(result);
          }}
        />
      ) : null}
    </>
  );
}
