import FileExcelOutlined from '@ant-design/icons/es/icons/FileExcelOutlined';
import PrinterOutlined from '@ant-design/icons/es/icons/PrinterOutlined';
import { recordSheetPath } from '../api/member-export-api';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import { DownloadButton } from './download-button';
import '../member-export.css';

/** On a member's profile: "In phiếu đảng viên" (PDF, A4) and "Tải Excel" (the same sheet as .xlsx). */
export function RecordSheetButtons({ memberId }: { memberId: string }) {
  const w = useMemberExportMessages();
  return (
    <span className="record-sheet-buttons no-print">
      <DownloadButton path={recordSheetPath(memberId, 'pdf')} fallbackName="phieu-dang-vien.pdf" icon={<PrinterOutlined />} title={w.printSheetHint}>
        {w.printSheet}
      </DownloadButton>
      <DownloadButton path={recordSheetPath(memberId, 'xlsx')} fallbackName="phieu-dang-vien.xlsx" icon={<FileExcelOutlined />} title={w.sheetExcelHint}>
        {w.sheetExcel}
      </DownloadButton>
    </span>
  );
}
