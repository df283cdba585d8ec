import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import DatePicker from 'antd/es/date-picker';
import InputNumber from 'antd/es/input-number';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/api-context';
import { partyToday } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useFormErrors } from '../../../ui/use-form-errors';
import { OrgPicker } from '../../members/components/org-picker';
import { DATE_FORMAT, toPartyDate } from '../../orgs/lib/party-date';
import { openCampaign } from '../api/grading-api';
import { useRefreshGrading } from '../hooks/use-grading';
import { useGradingMessages } from '../i18n/use-grading-messages';

interface Values {
  orgId: string;
  year: number;
  title: string;
  deadline: Dayjs;
}

const FIELDS = ['orgId', 'year', 'title', 'deadline'];

/** "Mở đợt đánh giá": the org whose subtree is graded, the year, the title, the self-assessment deadline. */
export function CampaignOpenForm(props: { defaultOrgId?: string }) {
  const { t, g } = useGradingMessages();
  const api = useApi();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const refresh = useRefreshGrading();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, { 'MEMBERS.ORG_NOT_FOUND': 'orgId', 'COMMON.FORBIDDEN': 'orgId' });
  const [busy, setBusy] = useState(false);
  const lastYear = Number(partyToday().slice(0, 4)) - 1;

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      const campaign = await openCampaign(api, values.orgId, { year: values.year, title: values.title.trim(), deadline: toPartyDate(values.deadline) });
      void message.success(g.open.opened);
      await refresh();
      void navigate(`/danh-gia-xep-loai/${campaign.id}`);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="grading-open" aria-labelledby="grading-open-title">
      <h2 id="grading-open-title" className="grading-section-title">
        {g.open.title}
      </h2>
      <p className="grading-hint">{g.open.hint}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label={g.open.title}
        initialValues={{ orgId: props.defaultOrgId, year: lastYear, title: fill(g.open.titleDefault, { year: lastYear }) }}
        onFinish={(values) => void submit(values)}
        className="grading-open-form"
      >
        <FormErrorAlert error={errors.general} />
        <Form.Item label={g.open.org} name="orgId" htmlFor="grading-open-org" rules={[{ required: true, message: t.common.required }]}>
          <OrgPicker id="grading-open-org" activeOnly />
        </Form.Item>
        <Form.Item label={g.open.year} name="year" rules={[{ required: true, message: t.common.required }]}>
          <InputNumber precision={0} className="full-width" />
        </Form.Item>
        <Form.Item label={g.open.campaignTitle} name="title" rules={[{ required: true, whitespace: true, message: t.common.required }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={g.open.deadline} name="deadline" rules={[{ required: true, message: t.common.required }]}>
          <DatePicker format={DATE_FORMAT} className="full-width" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {g.open.submit}
        </Button>
      </Form>
    </section>
  );
}
