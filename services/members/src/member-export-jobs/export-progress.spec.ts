import { ExportProgress } from './export-progress';

describe('ExportProgress', () => {
  it('saves the first count at once, then at most one count per interval (the latest reported when it is due)', async () => {
    let now = 1_000;
    const saved: number[] = [];
    const progress = new ExportProgress(async (rows) => void saved.push(rows), 500, () => now);
    await progress.report(2_000);
    now += 100;
    await progress.report(4_000);
    now += 300;
    await progress.report(6_000);
    now += 100;
    await progress.report(8_000);
    now += 499;
    await progress.report(10_000);
    now += 1;
    await progress.report(12_000);
    expect(saved).toEqual([2_000, 8_000, 12_000]);
  });

  it('saves every count with an interval of 0', async () => {
    const saved: number[] = [];
    const progress = new ExportProgress(async (rows) => void saved.push(rows), 0, () => 5);
    for (const rows of [1, 2, 3]) await progress.report(rows);
    expect(saved).toEqual([1, 2, 3]);
  });
});
