import DownloadOutlined from '@ant-design/icons/es/icons/DownloadOutlined';
import UploadOutlined from '@ant-design/icons/es/icons/UploadOutlined';
import Button from 'antd/es/button';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../../../api/api-context';
import { OrgPicker } from '../../members/components/org-picker';
import { downloadFile } from '../../../api/download-file';
import { IMPORT_MAX_BYTES, templatePath, uploadImport, type MemberImport } from '../api/member-import-api';
import { useMemberImportMessages } from '../i18n/use-member-import-messages';
import { importErrorText } from './import-error-text';

/** Step 1: the template, the receiving org, the file; checked here for type and size before it is sent. */
export function ImportUploadForm(props: { defaultOrgId?: string; onUploaded: (created: MemberImport) => void; onDownloadError: (message: string) => void }) {
  const { w } = useMemberImportMessages();
  const api = useApi();
  const [orgId, setOrgId] = useState<string | undefined>(props.defaultOrgId);
  const [file, setFile] = useState<File | undefined>();
  const [problems, setProblems] = useState<{ org?: string; file?: string }>({});
  const upload = useMutation({ mutationFn: (input: { orgId: string; file: File }) => uploadImport(api, input.orgId, input.file), onSuccess: props.onUploaded });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: { org?: string; file?: string } = {};
    if (!orgId) next.org = w.upload.orgRequired;
    if (!file) next.file = w.upload.fileRequired;
    else if (!file.name.toLowerCase().endsWith('.xlsx')) next.file = w.upload.notXlsx;
    else if (file.size > IMPORT_MAX_BYTES) next.file = w.upload.tooLarge;
    setProblems(next);
    if (next.org || next.file || !orgId || !file) return;
    upload.mutate({ orgId, file });
  };

  return (
    <form className="import-upload" onSubmit={submit} noValidate>
      <p>{w.upload.intro}</p>
      <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(api, templatePath, 'mau-nhap-dang-vien.xlsx').catch((e: unknown) => props.onDownloadError(importErrorText(e)))}>
        {w.upload.template}
      </Button>
      <div className="import-field">
        <label htmlFor="import-org">{w.upload.org}</label>
        <OrgPicker id="import-org" value={orgId} onChange={setOrgId} activeOnly />
        <p className="muted">{w.upload.orgHelp}</p>
        {problems.org && <p className="field-error">{problems.org}</p>}
      </div>
      <div className="import-field">
        <label htmlFor="import-file">{w.upload.file}</label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => setFile(event.target.files?.[0] ?? undefined)}
        />
        {problems.file && <p className="field-error">{problems.file}</p>}
      </div>
      {upload.isError && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{importErrorText(upload.error)}</p>
        </div>
      )}
      <Button type="primary" htmlType="submit" icon={<UploadOutlined />} loading={upload.isPending}>
        {upload.isPending ? w.upload.sending : w.upload.submit}
      </Button>
    </form>
  );
}
