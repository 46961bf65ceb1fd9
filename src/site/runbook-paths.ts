/**
 * The pages under /runbooks/: one per runbook at its slug, and one at each
 * former slug that sends readers on, so links in old issue replies keep working.
 */
export function runbookPaths<E extends { id: string; data: { redirectFrom: string[] } }>(entries: readonly E[]) {
  return entries.flatMap((entry) => [
    { params: { slug: entry.id }, props: { entry, redirectTo: undefined as string | undefined } },
    ...entry.data.redirectFrom.map((old) => ({ params: { slug: old }, props: { entry, redirectTo: `/runbooks/${entry.id}/` } })),
  ]);
}
