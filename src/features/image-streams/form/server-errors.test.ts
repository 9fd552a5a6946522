import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupClusterServer } from '../../../../mocks/node';
import { errorFromStatus } from '../../../lib/k8s/error-response';
import { K8sApiError } from '../../../lib/k8s/errors';
import type { K8sStatus } from '../../../lib/k8s/errors';
import { resourcePath } from '../../../lib/k8s/paths';
import { k8sRequest, setApiBaseUrl } from '../../../lib/k8s/request';
import { TEST_ORIGIN } from '../../../lib/k8s/test-helpers';
import { emptyFormValues, imageStreamFormSchema } from './form-schema';
import type { ImageStreamFormValues } from './form-schema';
import { fromObject } from './from-object';
import { pythonObject } from './python-call';
import { pythonExamples } from './python-examples';
import { pathsInMessage, serverErrorsToForm } from './server-errors';
import { emptyTagValues } from './tag-schema';
import { toObject } from './to-object';

const values: ImageStreamFormValues = {
  ...emptyFormValues('demo'),
  name: 'app',
  labels: [{ key: 'ok', value: 'fine' }, { key: 'bad key', value: 'v' }, { key: 'tier', value: 'bad value' }],
  annotations: [{ key: 'a b', value: '' }],
  tags: [{ ...emptyTagValues('latest') }, { ...emptyTagValues('v1') }],
};

const invalid = (causes: { reason: string; message: string; field: string }[]): K8sApiError =>
  errorFromStatus({ kind: 'Status', status: 'Failure', code: 422, reason: 'Invalid', message: 'ImageStream.image.openshift.io "app" is invalid', details: { name: 'app', kind: 'ImageStream', causes } } as K8sStatus);

describe('serverErrorsToForm with Status shapes', () => {
  it.each([
    [{ field: 'metadata.name', reason: 'FieldValueInvalid', message: 'Invalid value: "App": must match "[a-z0-9]+(?:[._-][a-z0-9]+)*"' }, { path: 'name', message: 'Must match "[a-z0-9]+(?:[._-][a-z0-9]+)*"' }],
    [{ field: 'metadata.name', reason: 'FieldValueInvalid', message: "Invalid value: \"x\": 'namespace/name' cannot be longer than 255 characters" }, { path: 'name', message: "'namespace/name' cannot be longer than 255 characters" }],
    [{ field: 'metadata.name', reason: 'FieldValueRequired', message: 'Required value: name or generateName is required' }, { path: 'name', message: 'Required value: name or generateName is required' }],
    [{ field: 'metadata.namespace', reason: 'FieldValueInvalid', message: 'Invalid value: "Demo": a lowercase RFC 1123 label' }, { path: 'namespace', message: 'A lowercase RFC 1123 label' }],
    [{ field: 'metadata.labels', reason: 'FieldValueInvalid', message: 'Invalid value: "bad key": name part must consist of alphanumeric characters' }, { path: 'labels.1.key', message: 'Name part must consist of alphanumeric characters' }],
    [{ field: 'metadata.labels', reason: 'FieldValueInvalid', message: 'Invalid value: "bad value": a valid label must be an empty string' }, { path: 'labels.2.value', message: 'A valid label must be an empty string' }],
    [{ field: 'metadata.labels', reason: 'FieldValueInvalid', message: 'Invalid value: "gone": something' }, { path: 'root.labels', message: 'Something' }],
    [{ field: 'metadata.labels[tier]', reason: 'FieldValueInvalid', message: 'Invalid value: "bad value": must be no more than 63 characters' }, { path: 'labels.2.value', message: 'Must be no more than 63 characters' }],
    [{ field: 'metadata.annotations', reason: 'FieldValueInvalid', message: 'Invalid value: "a b": name part must consist of alphanumeric characters' }, { path: 'annotations.0.key', message: 'Name part must consist of alphanumeric characters' }],
    [{ field: 'metadata.annotations', reason: 'FieldValueTooLong', message: 'Too long: must have at most 262144 bytes' }, { path: 'root.annotations', message: 'Too long: must have at most 262144 bytes' }],
    [{ field: 'spec.tags[v1].from.name', reason: 'FieldValueRequired', message: 'Required value' }, { path: 'tags.1.sourceName', message: 'Required value' }],
    [{ field: 'spec.tags[latest].from.kind', reason: 'FieldValueRequired', message: "Required value: valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'" }, { path: 'tags.0.sourceKind', message: "Required value: valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'" }],
    [{ field: 'spec.tags[v1].importPolicy.scheduled', reason: 'FieldValueInvalid', message: 'Invalid value: true: only tags pointing to Docker repositories may be scheduled for background import' }, { path: 'tags.1.scheduled', message: 'Only tags pointing to Docker repositories may be scheduled for background import' }],
    [{ field: 'spec.tags[v1].importPolicy.importMode', reason: 'FieldValueInvalid', message: 'Invalid value: "X": valid values are "", "Legacy", "PreserveOriginal"' }, { path: 'tags.1.importMode', message: 'Valid values are "", "Legacy", "PreserveOriginal"' }],
    [{ field: 'spec.tags[latest].referencePolicy.type', reason: 'FieldValueInvalid', message: 'Invalid value: "": valid values are "Source", "Local"' }, { path: 'tags.0.referencePolicy', message: 'Valid values are "Source", "Local"' }],
    [{ field: 'spec.tags[nope].from.name', reason: 'FieldValueRequired', message: 'Required value' }, { path: 'root.server', message: 'spec.tags[nope].from.name: Required value' }],
    [{ field: 'spec.dockerImageRepository', reason: 'FieldValueInvalid', message: 'Invalid value: "x y": invalid reference format' }, { path: 'root.server', message: 'spec.dockerImageRepository: Invalid value: "x y": invalid reference format' }],
    [{ field: 'metadata.resourceVersion', reason: 'FieldValueInvalid', message: 'Invalid value: 0x0: must be specified for an update' }, { path: 'root.server', message: 'metadata.resourceVersion: Invalid value: 0x0: must be specified for an update' }],
  ])('maps %j', (cause, expected) => expect(serverErrorsToForm(invalid([cause]), values)).toEqual([expected]));

  it('parses the paths out of an InternalError cause, one or several', () => {
    const several = 'Internal error occurred: ImageStream.image.openshift.io "app" is invalid: [spec.tags[latest].from.name: Not found: "demo/missing": imagestreams.image.openshift.io "missing" not found, spec.tags[v1].from: Forbidden: "ci/base:1": you may not pull images from namespace "ci"]';
    expect(pathsInMessage(several)).toEqual([
      { field: 'spec.tags[latest].from.name', message: 'Not found: "demo/missing": imagestreams.image.openshift.io "missing" not found' },
      { field: 'spec.tags[v1].from', message: 'Forbidden: "ci/base:1": you may not pull images from namespace "ci"' },
    ]);
    expect(serverErrorsToForm(invalid([{ field: '', reason: 'InternalError', message: several }]), values)).toEqual([
      { path: 'tags.0.sourceName', message: 'Not found: imagestreams.image.openshift.io "missing" not found' },
      { path: 'tags.1.sourceName', message: 'Forbidden: you may not pull images from namespace "ci"' },
    ]);
    const one = 'Internal error occurred: ImageStream.image.openshift.io "app" is invalid: spec.tags[v1].from.name: Invalid value: "a:b:c": must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>';
    expect(serverErrorsToForm(invalid([{ field: '', reason: 'InternalError', message: one }]), values)).toEqual([
      { path: 'tags.1.sourceName', message: 'Must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>' },
    ]);
    expect(serverErrorsToForm(invalid([{ field: '', reason: 'InternalError', message: 'Internal error occurred: quota exceeded' }]), values)).toEqual([
      { path: 'root.server', message: 'Internal error occurred: quota exceeded' },
    ]);
  });

  it('merges several causes on one field', () => {
    const causes = [
      { field: 'metadata.labels', reason: 'FieldValueInvalid', message: 'Invalid value: "bad key": one' },
      { field: 'metadata.labels', reason: 'FieldValueInvalid', message: 'Invalid value: "bad key": two' },
    ];
    expect(serverErrorsToForm(invalid(causes), values)).toEqual([{ path: 'labels.1.key', message: 'One. Two' }]);
  });

  it('puts AlreadyExists on the name, and everything else on the form', () => {
    const exists = errorFromStatus({ kind: 'Status', code: 409, reason: 'AlreadyExists', message: 'imagestreams.image.openshift.io "app" already exists', details: { name: 'app' } });
    expect(serverErrorsToForm(exists, values)).toEqual([{ path: 'name', message: 'An ImageStream named app already exists in namespace demo' }]);
    const conflict = new K8sApiError({ code: 409, reason: 'Conflict', message: 'Operation cannot be fulfilled' });
    expect(serverErrorsToForm(conflict, values)).toEqual([{ path: 'root.server', message: 'Operation cannot be fulfilled' }]);
    const bare422 = new K8sApiError({ code: 422, reason: 'Invalid', message: 'testing value /spec/tags/0/name failed' });
    expect(serverErrorsToForm(bare422, values)).toEqual([{ path: 'root.server', message: 'testing value /spec/tags/0/name failed' }]);
    expect(serverErrorsToForm(new TypeError('Failed to fetch'), values)).toEqual([{ path: 'root.server', message: 'Failed to fetch' }]);
  });
});

describe('serverErrorsToForm with the embedded cluster', () => {
  const { server, cluster } = setupClusterServer();
  beforeAll(() => {
    setApiBaseUrl(TEST_ORIGIN);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => cluster.reset());
  afterAll(() => {
    cluster.stop();
    server.close();
  });
  const streams = (namespace: string) => resourcePath({ group: 'image.openshift.io', version: 'v1', resource: 'imagestreams', namespace });
  const create = (body: unknown, namespace = 'demo') =>
    k8sRequest(streams(namespace), { method: 'POST', body, dryRun: true }).then(() => undefined, (e: unknown) => e);

  it('maps a real 422 with causes on names, rows and tags', async () => {
    const body = {
      apiVersion: 'image.openshift.io/v1',
      kind: 'ImageStream',
      metadata: { name: 'Bad_Name', labels: { ok: 'fine', 'bad key': 'v', tier: 'bad value' }, annotations: { 'a b': '' } },
      spec: {
        tags: [
          { name: 'latest', from: { kind: 'ImageStreamTag', name: 'app:v1' }, importPolicy: { scheduled: true } },
          { name: 'v1', from: { kind: 'DockerImage', name: 'Not An Image' } },
          { name: 'odd', from: { kind: 'Weird', name: 'x' } },
        ],
      },
    };
    const formValues = fromObject(body);
    const errors = serverErrorsToForm(await create(body), formValues);
    expect(Object.fromEntries(errors.map((e) => [e.path, e.message]))).toEqual({
      name: 'Must match "[a-z0-9]+(?:[._-][a-z0-9]+)*"',
      'labels.1.key': expect.stringContaining('Name part must consist of alphanumeric characters') as unknown,
      'labels.2.value': expect.stringContaining('A valid label must be an empty string') as unknown,
      'annotations.0.key': expect.stringContaining('Name part must consist of alphanumeric characters') as unknown,
      'tags.0.scheduled': 'Only tags pointing to Docker repositories may be scheduled for background import',
      'tags.1.sourceName': 'Invalid reference format',
      'tags.2.sourceKind': "Required value: valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'",
    });
  });

  it('maps the InternalError of a missing or forbidden source stream onto the tag', async () => {
    cluster.rbac.forbidden.add('ci');
    const formValues: ImageStreamFormValues = {
      ...emptyFormValues('demo'),
      name: 'fresh',
      tags: [
        { ...emptyTagValues('a'), sourceKind: 'ImageStreamTag', sourceName: 'missing:1' },
        { ...emptyTagValues('b'), sourceKind: 'ImageStreamTag', sourceName: 'base:1', sourceNamespace: 'ci' },
      ],
    };
    const errors = serverErrorsToForm(await create(toObject(formValues)), formValues);
    expect(errors).toEqual([
      { path: 'tags.0.sourceName', message: 'Not found: imagestreams.image.openshift.io "missing" not found' },
      { path: 'tags.1.sourceName', message: 'Forbidden: you may not pull images from namespace "ci"' },
    ]);
  });

  it('maps a real 409 AlreadyExists onto the name', async () => {
    const formValues: ImageStreamFormValues = { ...emptyFormValues('demo'), name: 'nginx' };
    expect(serverErrorsToForm(await create(toObject(formValues)), formValues)).toEqual([
      { path: 'name', message: 'An ImageStream named nginx already exists in namespace demo' },
    ]);
  });

  it('has every Python example accepted by the server as the form builds it', async () => {
    for (const code of Object.values(pythonExamples)) {
      const formValues = { ...fromObject(pythonObject(code)), namespace: 'demo' };
      formValues.name = `${formValues.name}-copy`;
      // Sources in streams and namespaces the sample data does not have would be Not found.
      formValues.tags = formValues.tags.filter((t) => t.sourceKind !== 'ImageStreamImage' && t.sourceNamespace === '');
      expect(imageStreamFormSchema.safeParse(formValues).success).toBe(true);
      expect(await create(toObject(formValues))).toBeUndefined();
    }
  });
});
