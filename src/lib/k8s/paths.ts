export interface ResourceRef {
  /** API group; empty or absent means the core group (`/api/v1`). */
  group?: string;
  version: string;
  /** Plural resource name as used in URLs, e.g. `imagestreams`. */
  resource: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export type QueryValue = string | number | boolean | undefined;
export type Query = Record<string, QueryValue>;

const seg = (value: string): string => encodeURIComponent(value);

/**
 * Builds the API path for a resource. Names go through encodeURIComponent, so an
 * ImageStreamTag name like `app:latest` becomes `app%3Alatest`, which the API server decodes.
 */
export function resourcePath(ref: ResourceRef): string {
  const parts = ref.group ? ['apis', ref.group, ref.version] : ['api', ref.version];
  const base = `/${parts.map(seg).join('/')}`;
  const ns = ref.namespace ? `/namespaces/${seg(ref.namespace)}` : '';
  const name = ref.name ? `/${seg(ref.name)}` : '';
  if (ref.subresource && !ref.name) throw new Error(`subresource ${ref.subresource} needs a name`);
  const sub = ref.subresource ? `/${seg(ref.subresource)}` : '';
  return `${base}${ns}/${seg(ref.resource)}${name}${sub}`;
}

/** Appends query parameters, skipping undefined values; keeps any query already on the path. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.append(key, String(value));
  }
  const qs = params.toString();
  if (!qs) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}
