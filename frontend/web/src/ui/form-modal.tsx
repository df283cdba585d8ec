import type { FormInstance } from 'antd';
import Form from 'antd/es/form';
import Modal from 'antd/es/modal';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { FormErrorAlert } from './form-error-alert';
import type { GeneralError } from './use-form-errors';

/** A dialog around one vertical form; Enter submits, Escape cancels, focus returns where it was. */
export function FormModal<T extends object>(props: {
  title: string;
  open: boolean;
  form: FormInstance<T>;
  busy: boolean;
  okText?: string;
  danger?: boolean;
  general?: GeneralError;
  initialValues?: Partial<T>;
  onSubmit: (values: T) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      title={props.title}
      open={props.open}
      onCancel={props.onCancel}
      onOk={() => props.form.submit()}
      okText={props.okText ?? t.common.save}
      cancelText={t.common.cancel}
      okButtonProps={{ loading: props.busy, danger: props.danger }}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<T>
        form={props.form}
        layout="vertical"
        requiredMark={false}
        initialValues={props.initialValues}
        onFinish={props.onSubmit}
        aria-label={props.title}
        preserve={false}
      >
        <FormErrorAlert error={props.general} />
        {props.children}
        {/* Enter in a field submits (the dialog's OK button is outside the form). */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
