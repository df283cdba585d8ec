import Statistic from 'antd/es/statistic';
import { formatNumber } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { LoadingLine } from '../../../ui/loading-line';
import type { CountsTotal } from '../hooks/use-member-counts';
import { useMembersMessages } from '../i18n/use-members-messages';

/** Đảng số above the list: on the roll (official + probationary + the rest counted), and hosted temporarily. */
export function MemberCountsBar({ counts, orgName, error }: { counts?: CountsTotal; orgName: string; error?: string }) {
  const { m, language } = useMembersMessages();
  if (error) return <p className="field-error">{error}</p>;
  if (!counts) return <LoadingLine />;
  const n = (value: number) => formatNumber(value, language);
  return (
    <section className="member-counts" aria-label={fill(m.counts.title, { org: orgName })} data-testid="member-counts">
      <div data-testid="count-on-roll">
        <Statistic title={m.counts.onRoll} value={n(counts.onRoll)} />
      </div>
      <div data-testid="count-official">
        <Statistic title={m.counts.official} value={n(counts.official)} />
      </div>
      <div data-testid="count-probationary">
        <Statistic title={m.counts.probationary} value={n(counts.probationary)} />
      </div>
      <div data-testid="count-temporary-in">
        <Statistic title={m.counts.temporaryIn} value={n(counts.temporaryIn)} />
      </div>
    </section>
  );
}
