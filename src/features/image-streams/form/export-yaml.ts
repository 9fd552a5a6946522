import { stringify } from 'yaml';

/** The object as YAML, laid out like `oc get -o yaml` (sequences flush with their key, no line folding). */
export function toYaml(object: unknown): string {
  return stringify(object, { indentSeq: false, lineWidth: 0 });
}

/** A file name for the download: `<name>.imagestream.yaml`. */
export function yamlFileName(name: string): string {
  return name ? `${name}.imagestream.yaml` : 'imagestream.yaml';
}
