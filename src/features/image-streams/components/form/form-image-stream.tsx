import { Alert, AlertActionCloseButton, Form, Grid, GridItem, PageSection } from '@patternfly/react-core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { ImageStream } from '../../api/schemas';
import { imageStreamFormSchema } from '../../form/form-schema';
import type { ImageStreamFormValues } from '../../form/form-schema';
import { fromObject } from '../../form/from-object';
import { toObject } from '../../form/to-object';
import { useSaveDenied } from './form-access';
import { FormActions } from './form-actions';
import { ServerChangedAlert } from './form-alerts';
import { serverChanges } from './form-conflict-changes';
import { DraftOffer, useDraft } from './form-draft';
import { FormHeader } from './form-header';
import { MetadataSection } from './form-metadata-section';
import { FormPreview } from './form-preview';
import { rebaseValues } from './form-rebase';
import { useSubmitImageStream } from './form-submit';
import { TagsSection } from './form-tags-section';
import type { YamlImported } from './form-yaml-import';
import { detailsPath } from '../list/namespace-route';

export interface ImageStreamFormProps {
  mode: 'create' | 'edit';
  defaultValues: ImageStreamFormValues;
  /** Edit: the stream as loaded; its resourceVersion and unmodelled fields go into the PUT. */
  loaded?: ImageStream;
  /** Edit: the same stream as the watch sees it now. */
  latest?: ImageStream;
  /** Edit: the stream was deleted while the form was open. */
  deleted?: boolean;
  draftKey: string;
  cancelPath: string;
}

export function ImageStreamForm({ mode, defaultValues, loaded, latest, deleted, draftKey, cancelPath }: ImageStreamFormProps) {
  const isEdit = mode === 'edit';
  const navigate = useNavigate();
  const form = useForm<ImageStreamFormValues>({ defaultValues, resolver: zodResolver(imageStreamFormSchema), mode: 'onTouched' });
  const { control } = form;
  const denied = useSaveDenied(control, isEdit);
  // Edit: the object the values are based on. Create: the YAML the form was filled from, if any.
  const [base, setBase] = useState<unknown>(loaded);
  const [imported, setImported] = useState<YamlImported>();
  const baseStream = isEdit ? (base as ImageStream | undefined) : undefined;
  // Edit: the values of the version now loaded, so a form showing just that version leaves no draft.
  const pristine = useMemo(() => (baseStream ? fromObject(baseStream) : defaultValues), [baseStream, defaultValues]);
  const draft = useDraft({
    key: draftKey,
    form,
    pristine,
    resourceVersion: baseStream?.metadata.resourceVersion,
    base: isEdit ? undefined : base,
    onRestore: (restored) => {
      if (!isEdit && restored.base) setBase(restored.base);
    },
  });
  /** Only the server's bookkeeping moved (an import wrote status): take the new version without a word. */
  const quietly = (current: ImageStream) => baseStream !== undefined && serverChanges(baseStream, current).length === 0;
  const submit = useSubmitImageStream({
    form,
    mode,
    base,
    onSaved: (stream) => {
      draft.finish();
      navigate(detailsPath(stream.metadata.namespace ?? '', stream.metadata.name));
    },
    rebaseQuietly: (current) => {
      if (!quietly(current)) return false;
      setBase(current);
      return true;
    },
  });
  const { outcome, clearOutcome } = submit;

  // "Valid" speaks of the values validated: it goes as soon as they change.
  useEffect(() => {
    if (outcome?.kind !== 'valid') return;
    return form.subscribe({ formState: { values: true }, callback: () => clearOutcome() });
  }, [form, outcome, clearOutcome]);

  const conflictRef = useRef<HTMLDivElement>(null);
  const refused = outcome?.kind === 'conflict';
  useEffect(() => {
    if (refused) conflictRef.current?.focus();
  }, [refused]);

  const changedOnServer =
    baseStream && latest && !deleted && !submit.isSaved && latest.metadata.resourceVersion !== baseStream.metadata.resourceVersion;
  if (changedOnServer && submit.pending === undefined && quietly(latest)) setBase(latest);
  const takeLatest = (values: ImageStreamFormValues) => {
    setBase(latest);
    clearOutcome();
    form.reset(values);
  };

  const fillFromYaml = (result: YamlImported) => {
    const values = result.values.namespace === '' ? { ...result.values, namespace: form.getValues('namespace') } : result.values;
    setBase(result.object);
    setImported(result);
    clearOutcome();
    form.reset(values);
  };

  return (
    <>
      <FormHeader
        mode={mode}
        name={defaultValues.name}
        namespace={defaultValues.namespace}
        onYamlImport={isEdit ? undefined : fillFromYaml}
        getObject={() => toObject(form.getValues(), base)}
      />
      <PageSection isFilled>
        <Grid hasGutter>
          <GridItem xl={7}>
            <Form noValidate onSubmit={(event) => void submit.submit(event)} aria-label={isEdit ? 'Edit ImageStream' : 'Create ImageStream'}>
              {denied ? (
                <Alert component="h2" isInline variant="warning" title={denied}>
                  The form still works: fill it in and export the result, or ask for access.
                </Alert>
              ) : null}
              <DraftOffer draft={draft} resourceVersion={isEdit ? latest?.metadata.resourceVersion : undefined} />
              {deleted ? (
                <Alert component="h2" isInline variant="danger" title="This ImageStream was deleted">
                  Saving will fail. Export your values to keep them, or create the stream again from them.
                </Alert>
              ) : null}
              {changedOnServer && baseStream && latest ? (
                <ServerChangedAlert
                  base={baseStream}
                  latest={latest}
                  refused={refused}
                  alertRef={conflictRef}
                  control={control}
                  getValues={form.getValues}
                  onRebase={() => takeLatest(rebaseValues({ base: fromObject(baseStream), mine: form.getValues(), theirs: fromObject(latest) }))}
                  onDiscard={() => takeLatest(fromObject(latest))}
                />
              ) : null}
              {imported ? (
                <Alert component="h2" isInline variant="info" title="Filled from YAML: review the values, then create" actionClose={<AlertActionCloseButton onClose={() => setImported(undefined)} />}>
                  {imported.notice ? <p>{imported.notice}</p> : null}
                  <p>Fields the form has no control for are sent as they are: see the preview.</p>
                </Alert>
              ) : null}
              <MetadataSection
                control={control}
                trigger={form.trigger}
                getValues={form.getValues}
                isEdit={isEdit}
                namespaceWarning={isEdit ? undefined : denied}
              />
              <TagsSection control={control} getValues={form.getValues} setValue={form.setValue} />
              <FormActions
                control={control}
                getValues={form.getValues}
                isEdit={isEdit}
                outcome={outcome}
                pending={submit.pending}
                onValidate={(event) => void submit.validate(event)}
                cancelPath={cancelPath}
                deniedReason={denied}
              />
            </Form>
          </GridItem>
          <GridItem xl={5}>
            <div style={{ position: 'sticky', top: 'var(--pf-t--global--spacer--md)' }}>
              <FormPreview control={control} base={base} />
            </div>
          </GridItem>
        </Grid>
      </PageSection>
    </>
  );
}
