import CopyOutlined from '@ant-design/icons/es/icons/CopyOutlined';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';

/**
 * A generated password, shown this once (the server keeps only its hash and a replay of the request
 * answers "[redacted]"): a copy button, and a dialog that closes only when the officer says so.
 */
export function PasswordOnceDialog({ name, password, onClose }: { name: string; password: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = useId();
  const p = t.users.passwordOnce;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      void message.success(p.copied);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      void message.warning(p.copyFailed);
    }
  };
  return (
    <Modal
      title={fill(p.title, { name })}
      open
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {p.done}
        </Button>
      }
    >
      <p>{p.body}</p>
      <label htmlFor={id} className="field-label">
        {p.label}
      </label>
      <div className="password-once-row">
        <Input id={id} value={password} readOnly className="password-once" data-testid="generated-password" onFocus={(e) => e.target.select()} />
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {p.copy}
        </Button>
      </div>
    </Modal>
  );
}
