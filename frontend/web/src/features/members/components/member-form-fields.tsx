import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { DATE_FORMAT } from '../../orgs/lib/party-date';
import { MEMBER_STATUSES } from '../api/members-api';
import { useMembersMessages } from '../i18n/use-members-messages';
import { OrgPicker } from './org-picker';

const THEORIES = ['none', 'so-cap', 'trung-cap', 'cao-cap', 'cu-nhan'] as const;

/**
 * The record's fields in the order of the Party's forms, in steps: person, admission, org and
 * status, card. `creating` adds the org and the card (an existing record changes org by transfer).
 */
export function MemberFormFields({ creating }: { creating: boolean }) {
  const { t, m } = useMembersMessages();
  const f = m.fields;
  const required = [{ required: true, whitespace: true, message: t.common.required }];
  const requiredPick = [{ required: true, message: t.common.required }];
  const date = <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />;
  return (
    <>
      <fieldset className="member-form-step">
        <legend>{m.form.stepPerson}</legend>
        <div className="member-form-grid">
          <Form.Item label={f.fullName} name="fullName" rules={required}>
            <Input maxLength={200} autoFocus />
          </Form.Item>
          <Form.Item label={f.birthName} name="birthName">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={f.sex} name="sex" rules={requiredPick}>
            <Select options={[{ value: 'male', label: m.sex['male'] }, { value: 'female', label: m.sex['female'] }]} />
          </Form.Item>
          <Form.Item label={f.dateOfBirth} name="dateOfBirth" rules={requiredPick}>
            {date}
          </Form.Item>
          <Form.Item label={f.placeOfBirth} name="placeOfBirth">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label={f.homeTown} name="homeTown">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label={f.permanentResidence} name="permanentResidence">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label={f.temporaryResidence} name="temporaryResidence">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label={f.citizenId} name="citizenId" extra={f.citizenIdHelp}>
            <Input maxLength={20} inputMode="numeric" />
          </Form.Item>
          <Form.Item label={f.historyNumber} name="historyNumber" extra={f.historyNumberHelp}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label={f.occupation} name="occupation">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={f.education} name="education">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={f.qualifications} name="qualifications">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item label={f.politicalTheory} name="politicalTheory">
            <Select allowClear options={THEORIES.map((theory) => ({ value: theory, label: m.theory[theory] }))} />
          </Form.Item>
          <Form.Item label={f.languages} name="languages" extra={m.form.languagesHelp}>
            <Input maxLength={300} />
          </Form.Item>
        </div>
      </fieldset>
      <fieldset className="member-form-step">
        <legend>{m.form.stepAdmission}</legend>
        <div className="member-form-grid">
          <Form.Item label={f.admissionDecisionDate} name="admissionDecisionDate" rules={requiredPick}>
            {date}
          </Form.Item>
          <Form.Item label={f.admissionDecisionNumber} name="admissionDecisionNumber">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={f.ceremonyDate} name="ceremonyDate">
            {date}
          </Form.Item>
          <Form.Item label={f.recognitionDate} name="recognitionDate">
            {date}
          </Form.Item>
        </div>
      </fieldset>
      <fieldset className="member-form-step">
        <legend>{m.form.stepOrg}</legend>
        <div className="member-form-grid">
          {creating && (
            <Form.Item label={f.org} name="orgId" rules={requiredPick}>
              <OrgPicker placeholder={t.orgs.form.newParentPlaceholder} activeOnly />
            </Form.Item>
          )}
          <Form.Item label={f.status} name="status" rules={requiredPick}>
            <Select options={MEMBER_STATUSES.map((status) => ({ value: status, label: m.statuses[status] ?? status }))} />
          </Form.Item>
        </div>
      </fieldset>
      {creating && (
        <fieldset className="member-form-step">
          <legend>{m.form.stepCard}</legend>
          <div className="member-form-grid">
            <Form.Item label={f.cardNumber} name="cardNumber" extra={f.cardNumberHelp}>
              <Input maxLength={20} inputMode="numeric" />
            </Form.Item>
            <Form.Item label={f.cardIssuedOn} name="cardIssuedOn">
              {date}
            </Form.Item>
          </div>
        </fieldset>
      )}
    </>
  );
}
