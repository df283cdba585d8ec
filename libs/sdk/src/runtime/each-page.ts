/** A keyset page as every list of the API answers it. */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Walks a list page by page: `for await (const page of eachPage((cursor) => api.listOrgs({ parentId, cursor })))`.
 * Stops after the page whose `nextCursor` is null. Not for the change feed, whose cursor never ends
 * (read it with `since` in your own loop).
 */
export async function* eachPage<T>(fetchPage: (cursor: string | undefined) => Promise<KeysetPage<T>>): AsyncGenerator<T[], void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield page.items;
    if (page.nextCursor !== null && page.nextCursor === cursor) throw new Error('eachPage: the server answered the same cursor twice');
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
