import { queryOptions, useQuery } from '@tanstack/react-query';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest } from '../../../lib/k8s/request';

export interface AccessCheck {
  namespace: string;
  verb: string;
  resource: string;
  group?: string;
}

export interface AccessAnswer {
  allowed: boolean;
  reason: string;
}

const reviewPath = resourcePath({ group: 'authorization.k8s.io', version: 'v1', resource: 'selfsubjectaccessreviews' });

export async function reviewAccess({ namespace, verb, resource, group = '' }: AccessCheck, signal?: AbortSignal): Promise<AccessAnswer> {
  const body = {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    spec: { resourceAttributes: { namespace, verb, resource, group } },
  };
  const answer = await k8sRequest<{ status?: { allowed?: boolean; reason?: string } }>(reviewPath, { method: 'POST', body, signal });
  return { allowed: answer?.status?.allowed === true, reason: answer?.status?.reason ?? '' };
}

export const accessReviewQueries = {
  all: () => ['access-review'] as const,
  check: (check: AccessCheck) =>
    queryOptions({
      queryKey: [...accessReviewQueries.all(), check] as const,
      queryFn: ({ signal }) => reviewAccess(check, signal),
      // RBAC changes rarely; a few minutes old is what the console accepts too.
      staleTime: 5 * 60_000,
    }),
};

const RESOURCE_LABELS: Record<string, string> = {
  imagestreams: 'ImageStreams',
  imagestreamimports: 'ImageStreams (import)',
  imagestreamtags: 'ImageStreamTags',
};

/** "You cannot delete ImageStreams in namespace shared-images", plus the server's reason when it gave one. */
export function deniedMessage({ namespace, verb, resource }: AccessCheck, reason = ''): string {
  const what = RESOURCE_LABELS[resource] ?? resource;
  const verbText = resource === 'imagestreamimports' && verb === 'create' ? 'import into' : verb;
  const subject = resource === 'imagestreamimports' ? 'ImageStreams' : what;
  const base = `You cannot ${verbText} ${subject} in namespace ${namespace}`;
  return reason ? `${base}: ${reason}` : base;
}

export interface CanI {
  /** Undefined while the answer is pending; a failed review counts as allowed, so the server decides. */
  allowed: boolean | undefined;
  /** Why not, for a tooltip or helper text; empty when allowed. */
  reason: string;
}

/** `enabled: false` while there is nothing sensible to ask about (a half-typed namespace): the answer stays pending. */
export function useCanI(check: AccessCheck, { enabled = true }: { enabled?: boolean } = {}): CanI {
  const query = useQuery({ ...accessReviewQueries.check(check), enabled, meta: { errorNotice: false } });
  if (query.isError) return { allowed: true, reason: '' };
  if (!query.data) return { allowed: undefined, reason: '' };
  return query.data.allowed ? { allowed: true, reason: '' } : { allowed: false, reason: deniedMessage(check, query.data.reason) };
}
