import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useFormErrors } from '../../../ui/use-form-errors';
import { bandOf, GRADING_LEVELS, selfAssess, type GradingLevel, type OwnGrading } from '../api/grading-api';
import { useRefreshGrading } from '../hooks/use-grading';
import { useGradingMessages } from '../i18n/use-grading-messages';

interface Values {
  points: number;
  level: GradingLevel;
  comment?: string;
}

const FIELDS = ['points', 'level', 'comment'];

/** The member's own points, level and comment for one campaign (If-Match on the grading's version). */
export function SelfAssessmentForm(props: { grading: OwnGrading }) {
  const { t, g } = useGradingMessages();
  const api = useApi();
  const { message } = App.useApp();
  const refresh = useRefreshGrading();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const points = Form.useWatch('points', form);
  const prior = props.grading.selfAssessment;
  const id = `self-${props.grading.campaignId}`;

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      await selfAssess(api, props.grading, { points: values.points, level: values.level, comment: values.comment?.trim() || undefined });
      void message.success(g.mine.sent);
      await refresh();
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name={id}
      layout="vertical"
      aria-label={g.mine.form}
      className="grading-open-form"
      initialValues={prior ? { points: prior.points, level: prior.level, comment: prior.comment ?? undefined } : undefined}
      onFinish={(values) => void submit(values)}
    >
      <FormErrorAlert error={errors.general} />
      <Form.Item label={g.form.points} name="points" rules={[{ required: true, message: t.common.required }]} extra={typeof points === 'number' ? fill(g.form.band, { level: g.levels[bandOf(points)] }) : g.form.bandRule}>
        <InputNumber min={0} max={100} precision={0} className="full-width" />
      </Form.Item>
      <Form.Item label={g.form.level} name="level" rules={[{ required: true, message: t.common.required }]}>
        <Select options={GRADING_LEVELS.map((level) => ({ value: level, label: g.levels[level] }))} />
      </Form.Item>
      <Form.Item label={g.form.comment} name="comment">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {g.mine.submit}
      </Button>
    </Form>
  );
}
