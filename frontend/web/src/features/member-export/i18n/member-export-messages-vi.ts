/** The export buttons' words (Vietnamese, the reference: English mirrors its shape). */
export const memberExportMessagesVi = {
  printSheet: 'In phiếu đảng viên',
  printSheetHint: 'Tải phiếu đảng viên dạng PDF (khổ A4) để in',
  sheetExcel: 'Tải Excel',
  sheetExcelHint: 'Tải phiếu đảng viên dạng Excel (.xlsx)',
  badgeExcel: 'Tải Excel',
  badgeExcelHint: 'Tải danh sách đề nghị tặng Huy hiệu Đảng dạng Excel (.xlsx)',
  failed: 'Không tải được tệp: {reason}',
};
