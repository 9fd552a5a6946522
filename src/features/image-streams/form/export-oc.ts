// The `oc` commands that build the same stream. `oc tag` covers most sources; what it cannot express
// exactly (no source, tracking a tag of another stream, import flags on stream sources) is added with
// a JSON patch, and tag annotations are patched onto the tag after a `test` of its position.
import type { ImageStream } from '../api/schemas';
import { splitSource } from './image-names';
import { asArray, asRecord, asString, isRecord } from './object-access';
import type { JsonRecord } from './object-access';

/** POSIX shell quoting: plain words stay bare, anything else goes in single quotes. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

const command = (words: string[]) => words.map(shellQuote).join(' ');

interface TagCommand {
  /** Why a tag is patched rather than tagged. */
  comment?: string;
  args?: string[];
}

function tagCommand(tag: JsonRecord, stream: string, namespace: string): TagCommand {
  const from = asRecord(tag.from);
  const kind = asString(from.kind);
  const name = asString(from.name);
  const importPolicy = asRecord(tag.importPolicy);
  const dest = `${stream}:${asString(tag.name)}`;
  if (!tag.from) return { comment: `tag ${JSON.stringify(tag.name)} has no source: builds or pushes fill it` };
  const flags: string[] = [];
  let source: string;
  if (kind === 'DockerImage') {
    source = name;
    flags.push('--source=docker');
    if (importPolicy.scheduled === true) flags.push('--scheduled');
    if (importPolicy.insecure === true) flags.push('--insecure');
  } else {
    if (importPolicy.insecure === true || importPolicy.scheduled === true)
      return { comment: `oc tag sets import flags only for container images, so tag ${JSON.stringify(tag.name)} is added directly` };
    const separator = kind === 'ImageStreamTag' ? ':' : '@';
    const parts = splitSource(name, separator);
    const sourceStream = parts.stream ?? stream;
    const sourceNamespace = asString(from.namespace);
    const crossNamespace = sourceNamespace !== '' && sourceNamespace !== namespace;
    if (kind === 'ImageStreamTag') {
      // Without --alias, oc tag copies the image the source points at now instead of tracking it.
      if (crossNamespace || sourceStream !== stream)
        return { comment: `oc tag --alias tracks only tags of the same stream, so tag ${JSON.stringify(tag.name)} is added directly` };
      flags.push('--source=istag', '--alias');
    } else flags.push('--source=isimage');
    source = `${crossNamespace ? `${sourceNamespace}/` : ''}${sourceStream}${separator}${parts.ref}`;
  }
  if (tag.reference === true) flags.push('--reference');
  if (asRecord(tag.referencePolicy).type === 'Local') flags.push('--reference-policy=local');
  if (importPolicy.importMode === 'PreserveOriginal') flags.push('--import-mode=PreserveOriginal');
  return { args: ['oc', 'tag', source, dest, ...flags, ...nsFlag(namespace)] };
}

const nsFlag = (namespace: string) => (namespace ? ['-n', namespace] : []);

const patch = (stream: string, namespace: string, ops: unknown[]) =>
  command(['oc', 'patch', `imagestream/${stream}`, '--type=json', '-p', JSON.stringify(ops), ...nsFlag(namespace)]);

const pairs = (map: unknown) => Object.entries(asRecord(map)).map(([key, value]) => `${key}=${asString(value)}`);

export function toOcCommands(object: ImageStream): string {
  const metadata = asRecord(object.metadata);
  const spec = asRecord(object.spec);
  const stream = asString(metadata.name);
  const namespace = asString(metadata.namespace);
  const ns = nsFlag(namespace);
  const tags = asArray(spec.tags).filter(isRecord);
  const lines = [command(['oc', 'create', 'imagestream', stream, ...ns])];
  if (asRecord(spec.lookupPolicy).local === true) lines.push(command(['oc', 'set', 'image-lookup', stream, '--enabled', ...ns]));
  const labels = pairs(metadata.labels);
  if (labels.length > 0) lines.push(command(['oc', 'label', `imagestream/${stream}`, ...labels, ...ns]));
  const annotations = pairs(metadata.annotations);
  if (annotations.length > 0) lines.push(command(['oc', 'annotate', `imagestream/${stream}`, ...annotations, ...ns]));

  const added: JsonRecord[] = [];
  const notes: string[] = [];
  const annotated: JsonRecord[] = [];
  for (const tag of tags) {
    const { comment, args } = tagCommand(tag, stream, namespace);
    if (args) {
      lines.push(command(args));
      if (isRecord(tag.annotations)) annotated.push(tag);
    } else {
      notes.push(`# ${comment}`);
      added.push(Object.fromEntries(Object.entries(tag).filter(([key]) => key !== 'generation')));
    }
  }
  if (added.length > 0) {
    const tagged = added.length < tags.length;
    // A new stream has no spec.tags array yet; `/spec/tags/-` needs one.
    const ops = tagged ? added.map((value) => ({ op: 'add', path: '/spec/tags/-', value })) : [{ op: 'add', path: '/spec/tags', value: added }];
    lines.push(...notes, patch(stream, namespace, ops));
  }
  // The server keeps spec.tags sorted by name, which fixes each tag's index; `test` guards it.
  const sorted = tags.map((tag) => asString(tag.name)).sort();
  for (const tag of annotated) {
    const path = `/spec/tags/${sorted.indexOf(asString(tag.name))}`;
    lines.push(
      patch(stream, namespace, [
        { op: 'test', path: `${path}/name`, value: tag.name },
        { op: 'add', path: `${path}/annotations`, value: tag.annotations },
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}
