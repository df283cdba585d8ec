import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import Typography from 'antd/es/typography';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useFormErrors } from '../../../ui/use-form-errors';
import { issueMemberTransfer, type IssueTransferInput, type TemporaryReason, type TransferKind } from '../api/member-transfers-api';
import { DestinationPicker } from '../components/destination-picker';
import { MemberPicker } from '../components/member-picker';
import { TransferDeadlinesPanel } from '../components/transfer-deadlines-panel';
import { useTransfersMessages } from '../i18n/use-transfers-messages';
import '../member-transfers.css';

interface IssueValues {
  memberId?: string;
  kind: TransferKind;
  destination: 'in-system' | 'external';
  toOrgId?: string;
  externalOrgName?: string;
  letterNumber?: string;
  letterDate?: Dayjs;
  letterIssuer?: string;
  movedOn?: Dayjs;
  lateExplanation?: string;
  temporaryReason?: TemporaryReason;
  temporaryFrom?: Dayjs;
  temporaryUntil?: Dayjs;
  note?: string;
}

const FIELDS = ['memberId', 'kind', 'toOrgId', 'externalOrgName', 'letterNumber', 'letterDate', 'letterIssuer', 'movedOn', 'lateExplanation', 'temporaryReason', 'temporaryFrom', 'temporaryUntil', 'note'] as const;
const DATE_FORMAT = 'DD/MM/YYYY';
const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');
const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function bodyOf(v: IssueValues): IssueTransferInput {
  const temporary = v.kind === 'temporary';
  return {
    memberId: v.memberId ?? '',
    kind: v.kind,
    ...(v.destination === 'external' ? { externalOrgName: text(v.externalOrgName) ?? '' } : { toOrgId: v.toOrgId ?? '' }),
    letterNumber: text(v.letterNumber) ?? '',
    letterDate: day(v.letterDate) ?? '',
    letterIssuer: text(v.letterIssuer) ?? '',
    movedOn: day(v.movedOn) ?? '',
    lateExplanation: text(v.lateExplanation),
    ...(temporary ? { temporaryReason: v.temporaryReason, temporaryFrom: day(v.temporaryFrom), temporaryUntil: day(v.temporaryUntil) } : {}),
    note: text(v.note),
  };
}

/**
 * The guided "issue transfer" form (`/chuyen-sinh-hoat/lap-giay?dang-vien=`): as the two dates are
 * typed, the server computes the start and confirmation deadlines on the working-day calendar and
 * names the rule each comes from. Refusals land beside their fields.
 */
export default function IssueTransferPage() {
  const m = useTransfersMessages();
  const f = m.form;
  const api = useApi();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<IssueValues>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  const destination = Form.useWatch('destination', form);
  const movedOn = day(Form.useWatch('movedOn', form));
  const letterDate = day(Form.useWatch('letterDate', form));
  const required = [{ required: true, message: f.required }];
  const dateField = (name: keyof IssueValues, label: string, rules = required) => (
    <Form.Item label={label} name={name} rules={rules}>
      <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
    </Form.Item>
  );

  const submit = async (values: IssueValues) => {
    setBusy(true);
    errors.clear();
    try {
      const issued = await issueMemberTransfer(api, bodyOf(values));
      void message.success(fill(f.issued, { name: issued.member.fullName }));
      void navigate('/chuyen-sinh-hoat?huong=di');
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page-body issue-transfer-page">
      <Typography.Title level={1} className="page-title">
        {m.issue}
      </Typography.Title>
      <Link to="/chuyen-sinh-hoat?huong=di">{f.back}</Link>
      <Form<IssueValues>
        form={form}
        layout="vertical"
        className="issue-transfer-form"
        requiredMark={false}
        initialValues={{ kind: 'official', destination: 'in-system', memberId: params.get('dang-vien') ?? undefined }}
        onFinish={(v) => void submit(v)}
      >
        <FormErrorAlert error={errors.general} />
        <Form.Item label={f.member} name="memberId" rules={required}>
          <MemberPicker placeholder={f.memberSearch} />
        </Form.Item>
        <Form.Item label={f.kind} name="kind" rules={required}>
          <Radio.Group options={[{ value: 'official', label: m.kinds.official }, { value: 'temporary', label: m.kinds.temporary }]} optionType="button" />
        </Form.Item>
        <Form.Item label={f.destination} name="destination">
          <Radio.Group options={[{ value: 'in-system', label: f.inSystem }, { value: 'external', label: f.external }]} />
        </Form.Item>
        {destination === 'external' ? (
          <Form.Item label={f.externalOrgName} name="externalOrgName" rules={required}>
            <Input maxLength={300} />
          </Form.Item>
        ) : (
          <Form.Item label={f.toOrg} name="toOrgId" rules={required}>
            <DestinationPicker placeholder={f.toOrgSearch} />
          </Form.Item>
        )}
        {dateField('movedOn', f.movedOn)}
        <Form.Item label={f.letterNumber} name="letterNumber" rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        {dateField('letterDate', f.letterDate)}
        <Form.Item label={f.letterIssuer} name="letterIssuer" rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <TransferDeadlinesPanel movedOn={movedOn} letterDate={letterDate} />
        <Form.Item label={f.lateExplanation} name="lateExplanation">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {kind === 'temporary' ? (
          <>
            <Form.Item label={f.temporaryReason} name="temporaryReason">
              <Select options={(['residence-or-work', 'domestic-study'] as const).map((r) => ({ value: r, label: m.reasons[r] }))} />
            </Form.Item>
            {dateField('temporaryFrom', f.temporaryFrom, [])}
            {dateField('temporaryUntil', f.temporaryUntil, [])}
          </>
        ) : null}
        <Form.Item label={f.note} name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {f.submit}
        </Button>
      </Form>
    </div>
  );
}
