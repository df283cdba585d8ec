import { eachPage, type KeysetPage } from './each-page';

describe('eachPage', () => {
  it('asks with each nextCursor until it is null', async () => {
    const pages: Record<string, KeysetPage<number>> = { start: { items: [1, 2], nextCursor: 'c1' }, c1: { items: [3, 4], nextCursor: 'c2' }, c2: { items: [5], nextCursor: null } };
    const asked: (string | undefined)[] = [];
    const seen: number[][] = [];
    for await (const items of eachPage(async (cursor: string | undefined) => {
      asked.push(cursor);
      return pages[cursor ?? 'start'];
    })) {
      seen.push(items);
    }
    expect(asked).toEqual([undefined, 'c1', 'c2']);
    expect(seen).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('refuses to loop forever on a cursor that does not move', async () => {
    const walk = async () => {
      for await (const _ of eachPage(async () => ({ items: [1], nextCursor: 'same' }))) void _;
    };
    await expect(walk()).rejects.toThrow('the same cursor twice');
  });
});
