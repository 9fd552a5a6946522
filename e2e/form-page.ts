// The ImageStream form, driven the way a person does: by labels and roles.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface TagInput {
  name: string;
  kind?: 'DockerImage' | 'ImageStreamTag' | 'ImageStreamImage';
  source?: string;
  sourceNamespace?: string;
  reference?: boolean;
  scheduled?: boolean;
  insecure?: boolean;
  importMode?: 'Legacy' | 'PreserveOriginal';
  referencePolicy?: 'Source' | 'Local';
  description?: string;
  version?: string;
  supports?: string;
  annotations?: Record<string, string>;
}

const KIND_OPTIONS = {
  DockerImage: 'DockerImage: an image in a container registry',
  ImageStreamTag: 'ImageStreamTag: another tag, followed as it moves',
  ImageStreamImage: 'ImageStreamImage: one image of a stream, by digest',
};

export const streamPath = (namespace: string, name: string) => `/apis/image.openshift.io/v1/namespaces/${namespace}/imagestreams/${name}`;

export async function readStream(request: APIRequestContext, namespace: string, name: string) {
  const response = await request.get(streamPath(namespace, name));
  expect(response.ok(), `GET ${name} answered ${response.status()}`).toBe(true);
  return (await response.json()) as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
}

export class StreamForm {
  readonly name: Locator;
  readonly namespace: Locator;
  readonly lookup: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name', exact: true });
    this.namespace = page.getByRole('textbox', { name: 'Namespace', exact: true });
    this.lookup = page.getByRole('switch', { name: 'Local lookup' });
    this.preview = page.getByLabel('Preview YAML', { exact: true });
  }

  async gotoNew(namespace = 'demo') {
    await this.page.goto(`./#/ns/${namespace}/imagestreams/~new`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Create ImageStream' })).toBeVisible();
  }

  tag(n: number): Locator {
    return this.page.getByRole('region', { name: `Tag ${n}`, exact: true });
  }

  async addTag(input: TagInput) {
    const count = await this.page.getByRole('region', { name: /^Tag \d+$/ }).count();
    await this.page.getByRole('button', { name: 'Add tag', exact: true }).click();
    await this.fillTag(count + 1, input);
  }

  async fillTag(n: number, input: TagInput) {
    const tag = this.tag(n);
    await tag.getByRole('textbox', { name: 'Tag name', exact: true }).fill(input.name);
    if (input.kind) {
      await tag.getByRole('combobox', { name: 'Source', exact: true }).selectOption({ label: KIND_OPTIONS[input.kind] });
      await tag.getByRole('textbox', { name: 'Source name', exact: true }).fill(input.source ?? '');
    }
    if (input.sourceNamespace !== undefined) await tag.getByRole('textbox', { name: 'Source namespace', exact: true }).fill(input.sourceNamespace);
    if (input.reference) await tag.getByRole('checkbox', { name: 'Reference only', exact: true }).check();
    if (input.scheduled) await tag.getByRole('checkbox', { name: /^Scheduled/ }).check();
    if (input.insecure) await tag.getByRole('checkbox', { name: 'Insecure registry', exact: true }).check();
    if (input.importMode) await tag.getByRole('combobox', { name: 'Import mode', exact: true }).selectOption({ value: input.importMode });
    if (input.referencePolicy) await tag.getByRole('radio', { name: input.referencePolicy, exact: true }).check();
    if (input.description) await tag.getByRole('textbox', { name: 'Description', exact: true }).fill(input.description);
    if (input.version) await tag.getByRole('textbox', { name: 'Version', exact: true }).fill(input.version);
    if (input.supports) await tag.getByRole('textbox', { name: 'Supports', exact: true }).fill(input.supports);
    for (const [key, value] of Object.entries(input.annotations ?? {})) {
      const rows = tag.getByRole('group', { name: /^Tag annotation \d+$/ });
      const n = (await rows.count()) + 1;
      await tag.getByRole('button', { name: 'Add tag annotation' }).click();
      const row = tag.getByRole('group', { name: `Tag annotation ${n}`, exact: true });
      await row.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
      await row.getByRole('textbox', { name: 'Value', exact: true }).fill(value);
    }
  }

  /** PatternFly draws the switch's track over its input, so a person (and this) clicks the label. */
  async setLookup(on: boolean) {
    if ((await this.lookup.isChecked()) !== on) await this.page.getByText('Local lookup', { exact: true }).click();
    await expect(this.lookup).toBeChecked({ checked: on });
  }

  /** Labels or annotations of the stream: `section` is 'Label' or 'Annotation'. Returns the new row's number. */
  async addRow(section: 'Label' | 'Annotation', key: string, value: string): Promise<number> {
    const n = (await this.page.getByRole('group', { name: new RegExp(`^${section} \\d+$`) }).count()) + 1;
    await this.page.getByRole('button', { name: `Add ${section.toLowerCase()}` }).click();
    const row = this.page.getByRole('group', { name: `${section} ${n}`, exact: true });
    await row.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
    await row.getByRole('textbox', { name: 'Value', exact: true }).fill(value);
    return n;
  }

  /** Create, and land on the new stream's details page. */
  async create(namespace: string, name: string) {
    await this.page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(this.page).toHaveURL(new RegExp(`#/ns/${namespace}/imagestreams/${name}$`));
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
