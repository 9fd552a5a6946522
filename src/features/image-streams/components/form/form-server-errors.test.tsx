// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupEmbeddedCluster } from '../test-cluster';
import { renderForm, tagField } from './form-test-support';

const { server, cluster } = setupEmbeddedCluster();

const YAML = `apiVersion: image.openshift.io/v1
kind: ImageStream
metadata:
  name: mapped
  labels:
    team: web
spec:
  tags:
  - name: latest
    from: {kind: DockerImage, name: quay.io/org/app:1}
  - name: edge
    from: {kind: ImageStreamTag, name: other:tag}
`;

async function fillFromYaml(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Create from YAML' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create from YAML' });
  await user.click(within(dialog).getByRole('textbox', { name: 'YAML' }));
  await user.paste(YAML);
  await user.click(within(dialog).getByRole('button', { name: 'Fill the form' }));
  expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('mapped');
}

describe('server errors on the form', { timeout: 20_000 }, () => {
  it('puts AlreadyExists on the name and focuses it', async () => {
    const user = userEvent.setup();
    renderForm('/ns/demo/imagestreams/~new');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, 'nginx');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('heading', { name: /The server did not accept this ImageStream/ })).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/An ImageStream named nginx already exists in namespace demo/);
    expect(name).toHaveFocus();
  });

  it('maps 422 causes, by tag name and inside an InternalError message, onto their fields', async () => {
    server.use(
      http.post('*/apis/image.openshift.io/v1/namespaces/demo/imagestreams', () =>
        HttpResponse.json(
          {
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'Invalid',
            code: 422,
            message: 'ImageStream.image.openshift.io "mapped" is invalid',
            details: {
              name: 'mapped',
              kind: 'ImageStream',
              causes: [
                { reason: 'FieldValueInvalid', field: 'metadata.labels', message: 'Invalid value: "web": a valid label must be an empty string or consist of alphanumeric characters' },
                { reason: 'FieldValueInvalid', field: 'spec.tags[latest].importPolicy.importMode', message: 'Invalid value: "Weird": valid values are "", "Legacy", "PreserveOriginal"' },
                {
                  reason: 'InternalError',
                  field: '',
                  message:
                    'Internal error occurred: ImageStream.image.openshift.io "mapped" is invalid: spec.tags[edge].from.name: Not found: "demo/other": imagestreams.image.openshift.io "other" not found',
                },
                { reason: 'FieldValueInvalid', field: 'spec.somethingNew', message: 'Invalid value: 1: not modelled' },
              ],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderForm('/ns/demo/imagestreams/~new');
    await fillFromYaml(user);
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const summary = await screen.findByRole('heading', { name: /The server did not accept this ImageStream/ });
    expect(summary).toBeInTheDocument();
    const labelValue = within(screen.getByRole('group', { name: 'Label 1' })).getByRole('textbox', { name: 'Value' });
    expect(labelValue).toHaveAccessibleDescription(/A valid label must be an empty string/);
    expect(labelValue).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Tag 1' })).getByRole('combobox', { name: 'Import mode' })).toHaveAccessibleDescription(/Valid values are/);
    expect(tagField(2, 'Source name')).toHaveAccessibleDescription(/Not found: imagestreams.image.openshift.io "other" not found/);
    expect(tagField(1, 'Source name')).toHaveAttribute('aria-invalid', 'false');
    // What has no field is still said, in the summary next to the buttons.
    expect(screen.getByText(/spec\.somethingNew: Invalid value: 1: not modelled/)).toBeInTheDocument();
    expect(screen.getByText('Tag 2 (edge), Source name:')).toBeInTheDocument();
  });

  it('says when the server accepts the stream on Validate, and keeps it uncreated', async () => {
    const user = userEvent.setup();
    renderForm('/ns/demo/imagestreams/~new');
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'validated');
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('Valid: the server accepts this ImageStream')).toBeInTheDocument();
    expect(cluster.store.get('demo', 'validated')).toBeUndefined();
  });
});
