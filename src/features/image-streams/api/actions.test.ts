import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupClusterServer } from '../../../../mocks/node';
import { isForbidden, isNotFound } from '../../../lib/k8s/errors';
import { setApiBaseUrl } from '../../../lib/k8s/request';
import { TEST_ORIGIN } from '../../../lib/k8s/test-helpers';
import { deniedMessage, reviewAccess } from './access-review';
import { DeletionTimeoutError, deleteImageStreamAndWait } from './actions';
import { ImportConflictError, reimportTags } from './actions-import';
import { removeTag, rollbackTag } from './actions-tags';
import { getImageStream } from './fetchers';

const { server, cluster } = setupClusterServer();
beforeAll(() => {
  setApiBaseUrl(TEST_ORIGIN);
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  cluster.stop();
  server.close();
});

const conflict = () =>
  HttpResponse.json({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 409, reason: 'Conflict', message: 'the image stream was updated from "1" to "2"' }, { status: 409 });

describe('access reviews', () => {
  it('answers per namespace and explains a refusal', async () => {
    expect((await reviewAccess({ namespace: 'demo', verb: 'delete', resource: 'imagestreams', group: 'image.openshift.io' })).allowed).toBe(true);
    const denied = await reviewAccess({ namespace: 'shared-images', verb: 'delete', resource: 'imagestreams', group: 'image.openshift.io' });
    expect(denied.allowed).toBe(false);
    expect(deniedMessage({ namespace: 'shared-images', verb: 'delete', resource: 'imagestreams' })).toBe('You cannot delete ImageStreams in namespace shared-images');
  });
});

describe('delete and wait', () => {
  it('returns once the stream is gone', async () => {
    await deleteImageStreamAndWait({ namespace: 'demo', name: 'nginx', propagationPolicy: 'Background', timeoutSeconds: 5 });
    await expect(getImageStream({ namespace: 'demo', name: 'nginx' })).rejects.toSatisfy(isNotFound);
  });

  it('names the finalizers when the wait runs out', async () => {
    const error = await deleteImageStreamAndWait({ namespace: 'demo', name: 'held-by-finalizer', propagationPolicy: 'Foreground', timeoutSeconds: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeletionTimeoutError);
    expect((error as DeletionTimeoutError).finalizers).toContain('dashboard.example.com/hold');
  });

  it('passes a 403 on', async () => {
    await expect(deleteImageStreamAndWait({ namespace: 'shared-images', name: 'ubi9', propagationPolicy: 'Foreground', timeoutSeconds: 1 })).rejects.toSatisfy(isForbidden);
  });
});

describe('re-import', () => {
  it('retries once after a 409, then explains', async () => {
    let calls = 0;
    server.use(http.post('*/apis/image.openshift.io/v1/namespaces/demo/imagestreamimports', () => (calls++ === 0 ? conflict() : undefined)));
    const result = await reimportTags({ namespace: 'demo', name: 'broken-imports', tags: ['private'] });
    expect(calls).toBe(2);
    expect(result.outcomes).toEqual([expect.objectContaining({ tag: 'private', kind: 'failed', reason: 'Unauthorized' })]);

    server.use(http.post('*/apis/image.openshift.io/v1/namespaces/demo/imagestreamimports', conflict));
    await expect(reimportTags({ namespace: 'demo', name: 'broken-imports' })).rejects.toBeInstanceOf(ImportConflictError);
  });
});

describe('tag actions', () => {
  it('rolls back by digest and removes a tag', async () => {
    const before = await getImageStream({ namespace: 'demo', name: 'web-frontend' });
    const latest = before.status?.tags?.find((t) => t.tag === 'latest')?.items ?? [];
    const spec = before.spec.tags?.find((t) => t.name === 'latest');
    const target = latest[3]?.image ?? '';
    expect(target).toMatch(/^sha256:/);
    await rollbackTag({ namespace: 'demo', name: 'web-frontend', tag: 'latest', digest: target, spec });
    const after = await getImageStream({ namespace: 'demo', name: 'web-frontend' });
    const items = after.status?.tags?.find((t) => t.tag === 'latest')?.items ?? [];
    expect(items).toHaveLength(latest.length + 1);
    expect(items[0]?.image).toBe(target);

    await removeTag({ namespace: 'demo', name: 'web-frontend', tag: 'canary' });
    const removed = await getImageStream({ namespace: 'demo', name: 'web-frontend' });
    expect(removed.spec.tags?.map((t) => t.name)).not.toContain('canary');
  });
});
