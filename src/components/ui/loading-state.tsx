import { Bullseye, Spinner } from '@patternfly/react-core';

export function LoadingState({ label }: { label: string }) {
  return (
    <Bullseye>
      <Spinner size="xl" aria-label={label} />
    </Bullseye>
  );
}
