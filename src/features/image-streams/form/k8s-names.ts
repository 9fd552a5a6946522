// apimachinery's grammars for namespaces, label and annotation keys and label values, with messages
// that say what is allowed. Each function returns the first problem, or undefined when the server accepts.
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** apimachinery's TotalAnnotationSizeLimitB: keys and values of one object together. */
export const ANNOTATIONS_SIZE_LIMIT = 256 * 1024;

export function namespaceProblem(namespace: string, what = 'namespace'): string | undefined {
  if (namespace === '') return `Enter a ${what}`;
  if (namespace.length > 63) return `A ${what} can be at most 63 characters (this one has ${namespace.length})`;
  if (!DNS1123_LABEL.test(namespace))
    return "Use lowercase letters, digits and '-', starting and ending with a letter or digit";
  return undefined;
}

/** IsQualifiedName: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
export function qualifiedNameProblem(key: string): string | undefined {
  if (key === '') return 'Enter a key';
  const parts = key.split('/');
  if (parts.length > 2) return "A key can contain only one '/', between a prefix such as example.com and the name";
  const prefix = parts.length === 2 ? (parts[0] ?? '') : undefined;
  const name = parts[parts.length - 1] ?? '';
  if (prefix !== undefined) {
    if (prefix === '') return "Put a prefix such as example.com before the '/', or remove the '/'";
    if (prefix.length > 253) return "The prefix before '/' can be at most 253 characters";
    if (!DNS1123_SUBDOMAIN.test(prefix))
      return "The prefix before '/' must be a DNS subdomain: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";
  }
  if (name === '') return "Put a name after the '/'";
  if (name.length > 63)
    return `The name${prefix === undefined ? '' : " after '/'"} can be at most 63 characters (this one has ${name.length})`;
  if (!QUALIFIED_NAME_PART.test(name))
    return "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
  return undefined;
}

export function labelValueProblem(value: string): string | undefined {
  if (value.length > 63) return `A label value can be at most 63 characters (this one has ${value.length})`;
  if (!LABEL_VALUE.test(value))
    return "Use letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or leave it empty)";
  return undefined;
}

/** apimachinery lower-cases annotation keys before checking them, so capitals pass. */
export const annotationKeyProblem = (key: string): string | undefined => qualifiedNameProblem(key.toLowerCase());

export const utf8Length = (text: string): number => new TextEncoder().encode(text).length;
