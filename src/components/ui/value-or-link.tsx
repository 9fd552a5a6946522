import ExternalLinkAltIcon from '@patternfly/react-icons/dist/esm/icons/external-link-alt-icon';
import { webUrl } from './safe-url';

/**
 * A string from the server: a link only when the whole value is an http(s) address. It opens in a
 * new tab with no opener (the page cannot reach back into the dashboard) and no referrer (the other
 * site does not learn which stream was being read).
 */
export function ValueOrLink({ value }: { value: string }) {
  const href = webUrl(value);
  if (!href) return <>{value}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {value} <ExternalLinkAltIcon aria-hidden />
      <span className="pf-v6-screen-reader"> (opens in a new tab)</span>
    </a>
  );
}
