import { Button } from '@patternfly/react-core';
import CopyIcon from '@patternfly/react-icons/dist/esm/icons/copy-icon';
import { useEffect, useRef, useState } from 'react';
import { useLazyTooltip } from './use-lazy-tooltip';

interface CopyButtonProps {
  /** The text put on the clipboard. */
  text: string;
  /** What is copied, for the accessible name: "Copy image repository". */
  label: string;
}

type Outcome = 'idle' | 'copied' | 'failed';

const TOOLTIPS: Record<Outcome, string> = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed: select the text instead' };

export function CopyButton({ text, label }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const { trigger, tooltip } = useLazyTooltip<HTMLButtonElement>(TOOLTIPS[outcome], { forceVisible: outcome !== 'idle' });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      // Insecure origins and denied permissions have no clipboard; say so rather than fail silently.
      setOutcome('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setOutcome('idle'), 2000);
  };

  return (
    <>
      <Button variant="plain" size="sm" aria-label={label} icon={<CopyIcon />} onClick={() => void copy()} {...trigger} />
      {tooltip}
      <span className="pf-v6-screen-reader" aria-live="polite">
        {outcome === 'idle' ? '' : TOOLTIPS[outcome]}
      </span>
    </>
  );
}
