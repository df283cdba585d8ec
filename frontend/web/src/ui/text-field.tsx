import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

/**
 * One labelled text field with its errors and help, plain HTML for the sign-in page, which
 * loads no antd at all (the first screen's JavaScript budget). Errors are linked with
 * aria-describedby and the field is marked aria-invalid.
 */
export function TextField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  help?: string;
  password?: boolean;
  autoComplete?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const errors = props.errors ?? [];
  const describedBy = [errors.length > 0 ? errorId : '', props.help ? helpId : ''].filter(Boolean).join(' ') || undefined;
  const [visible, setVisible] = useState(false);
  const { t } = useI18n();
  return (
    <div className="text-field">
      <label htmlFor={id}>{props.label}</label>
      <div className="text-input">
        <input
          id={id}
          name={props.name}
          type={props.password && !visible ? 'password' : 'text'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          autoComplete={props.autoComplete}
          autoFocus={props.autoFocus}
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy}
        />
        {props.password && (
          <button type="button" className="reveal" aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
            {visible ? t.common.hidePassword : t.common.showPassword}
          </button>
        )}
      </div>
      {errors.length > 0 && (
        <div id={errorId} className="field-error" role="alert">
          {errors.join(' ')}
        </div>
      )}
      {props.help && (
        <div id={helpId} className="field-help">
          {props.help}
        </div>
      )}
    </div>
  );
}
