import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';
import type { ImageStream } from '../api/schemas';
import { detailsPath } from './namespace-route';

// Spec tags not imported yet and pushed tags that exist only in status both count.
function countTags(stream: ImageStream): number {
  const names = new Set((stream.spec.tags ?? []).map((tag) => tag.name));
  for (const tag of stream.status?.tags ?? []) names.add(tag.tag);
  return names.size;
}

interface ImageStreamTableProps {
  streams: ImageStream[];
  showNamespace: boolean;
}

export function ImageStreamTable({ streams, showNamespace }: ImageStreamTableProps) {
  return (
    <Table aria-label="ImageStreams" variant="compact">
      <Thead>
        <Tr>
          <Th>Name</Th>
          {showNamespace ? <Th>Namespace</Th> : null}
          <Th>Tags</Th>
          <Th>Created</Th>
        </Tr>
      </Thead>
      <Tbody>
        {streams.map((stream) => {
          const { name, namespace = '', uid, creationTimestamp } = stream.metadata;
          return (
            <Tr key={uid ?? `${namespace}/${name}`}>
              <Td dataLabel="Name">
                <Link to={detailsPath(namespace, name)}>{name}</Link>
              </Td>
              {showNamespace ? <Td dataLabel="Namespace">{namespace}</Td> : null}
              <Td dataLabel="Tags">{countTags(stream)}</Td>
              <Td dataLabel="Created">
                {creationTimestamp ? <time dateTime={creationTimestamp}>{creationTimestamp}</time> : '—'}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
