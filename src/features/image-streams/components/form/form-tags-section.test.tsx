// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupEmbeddedCluster } from '../test-cluster';
import { copyName } from './form-tags-section';
import { renderForm, tagCard, tagField, tagNames } from './form-test-support';

setupEmbeddedCluster();

describe('copyName', () => {
  it('finds a name no other tag has', () => {
    expect(copyName('latest', ['latest'])).toBe('latest-copy');
    expect(copyName('latest', ['latest', 'latest-copy', 'latest-copy-2'])).toBe('latest-copy-3');
    expect(copyName('', [''])).toBe('');
  });
});

describe('the tags field array', () => {
  it('adds, duplicates, reorders and removes tags, and the preview follows', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderForm('/ns/demo/imagestreams/~new');
    await user.click(await screen.findByRole('button', { name: 'Add tag' }));
    expect(tagNames()).toEqual(['latest']);
    expect(tagField(1, 'Tag name')).toHaveFocus();

    await user.selectOptions(within(tagCard(1)).getByRole('combobox', { name: 'Source' }), 'DockerImage');
    await user.type(tagField(1, 'Source name'), 'quay.io/org/app:1');
    await user.type(tagField(1, 'Description'), 'first');

    await user.click(within(tagCard(1)).getByRole('button', { name: 'Duplicate tag 1' }));
    expect(tagNames()).toEqual(['latest', 'latest-copy']);
    // A duplicate copies everything but the name, and owns its own copy of the rows.
    expect(tagField(2, 'Source name')).toHaveValue('quay.io/org/app:1');
    expect(tagField(2, 'Description')).toHaveValue('first');
    await user.clear(tagField(2, 'Description'));
    await user.type(tagField(2, 'Description'), 'second');
    expect(tagField(1, 'Description')).toHaveValue('first');

    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    await user.type(tagField(3, 'Tag name'), 'edge');
    expect(tagNames()).toEqual(['latest', 'latest-copy', 'edge']);

    await user.click(within(tagCard(3)).getByRole('button', { name: 'Move up tag 3' }));
    expect(tagNames()).toEqual(['latest', 'edge', 'latest-copy']);
    // Focus stays on the button of the card that moved.
    expect(within(tagCard(2)).getByRole('button', { name: 'Move up tag 2' })).toHaveFocus();
    expect(within(tagCard(1)).getByRole('button', { name: 'Move up tag 1' })).toBeDisabled();
    await user.click(within(tagCard(1)).getByRole('button', { name: 'Move down tag 1' }));
    expect(tagNames()).toEqual(['edge', 'latest', 'latest-copy']);
    expect(tagField(2, 'Description')).toHaveValue('first');
    expect(tagField(3, 'Description')).toHaveValue('second');

    await user.click(within(tagCard(2)).getByRole('button', { name: 'Remove tag 2' }));
    expect(tagNames()).toEqual(['edge', 'latest-copy']);
    expect(tagField(2, 'Description')).toHaveValue('second');

    const preview = screen.getByLabelText('Preview YAML');
    // The preview waits for a pause in the typing: wait for the final order, not for a change (the
    // preview may not have shown any tag yet, and an empty one holds no 'first' either).
    await waitFor(() => {
      expect(preview.textContent).toMatch(/- name: edge\n[\s\S]*- name: latest-copy\n {4}annotations:\n {6}description: second\n/);
      expect(preview.textContent).not.toContain('description: first');
    });
  });

  it('switches off a schedule when the source cannot have one', async () => {
    const user = userEvent.setup();
    renderForm('/ns/demo/imagestreams/~new');
    await user.click(await screen.findByRole('button', { name: 'Add tag' }));
    const kind = within(tagCard(1)).getByRole('combobox', { name: 'Source' });
    await user.selectOptions(kind, 'DockerImage');
    const scheduled = within(tagCard(1)).getByRole('checkbox', { name: /Scheduled/ });
    await user.click(scheduled);
    expect(scheduled).toBeChecked();
    await user.selectOptions(kind, 'ImageStreamTag');
    expect(within(tagCard(1)).getByRole('checkbox', { name: /Scheduled/ })).not.toBeChecked();
    expect(within(tagCard(1)).getByRole('checkbox', { name: /Scheduled/ })).toBeDisabled();
    expect(within(tagCard(1)).getByRole('textbox', { name: 'Source namespace' })).toBeInTheDocument();
  });
});
