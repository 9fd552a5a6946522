// Data the harness adds to the generated cluster: the 200-tag stream of the details figure.

export const BIG_STREAM = 'platform-images';

const COMPONENTS = [
  'api', 'auth', 'billing', 'catalog', 'cart', 'checkout', 'gateway', 'inventory', 'ledger', 'mailer',
  'notifier', 'orders', 'payments', 'pricing', 'profile', 'search', 'shipping', 'tracker', 'users', 'worker',
];

/** 200 tags (20 components x 10 releases), each with 5 imported history items a day apart. */
export function bigStreamSeed(tagCount = 200) {
  const tags = Array.from({ length: tagCount }, (_, i) => {
    const component = COMPONENTS[i % COMPONENTS.length];
    const release = `4.${10 + Math.floor(i / COMPONENTS.length)}`;
    return {
      name: `${component}-${release}`,
      from: { kind: 'DockerImage', name: `quay.io/platform/${component}:${release}` },
      history: 5,
      spacingHours: 24,
    };
  });
  return { name: BIG_STREAM, labels: { 'app.kubernetes.io/part-of': 'platform' }, ageDays: 60, tags };
}

/** Writes the stream into `bench` as the seed data is written, with believable status. */
export function addBigStream(cluster, modules, tagCount = 200) {
  const stream = modules.buildStream(cluster.ctx, 'bench', bigStreamSeed(tagCount));
  cluster.store.write('ADDED', stream);
  const items = (stream.status?.tags ?? []).reduce((total, tag) => total + (tag.items?.length ?? 0), 0);
  return { name: BIG_STREAM, tags: stream.spec.tags.length, historyItems: items };
}
