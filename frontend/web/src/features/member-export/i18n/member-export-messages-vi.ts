/** The export buttons' words (Vietnamese, the reference: English mirrors its shape). */
export const memberExportMessagesVi = {
  printSheet: 'In phiếu đảng viên',
  printSheetHint: 'Tải phiếu đảng viên dạng PDF (khổ A4) để in',
  sheetExcel: 'Tải Excel',
  sheetExcelHint: 'Tải phiếu đảng viên dạng Excel (.xlsx)',
  badgeExcel: 'Tải Excel',
  badgeExcelHint: 'Tải danh sách đề nghị tặng Huy hiệu Đảng dạng Excel (.xlsx)',
  failed: 'Không tải được tệp: {reason}',
  /** A large list exported as a server job: a dialog with its progress, then the download. */
  job: {
    title: { 'member-list': 'Xuất danh sách đảng viên (mẫu 7-HSĐV)', 'badge-list': 'Xuất danh sách đề nghị tặng Huy hiệu Đảng' },
    creating: 'Đang tạo lệnh xuất…',
    queued: 'Lệnh xuất đang chờ đến lượt…',
    running: 'Đang xuất danh sách… {done} / {total} dòng',
    runningNoTotal: 'Đang xuất danh sách… {done} dòng',
    downloading: 'Đã xuất xong {rows} dòng, đang tải tệp về…',
    done: 'Đã tải về tệp {file} ({rows} dòng). Tệp được giữ trên máy chủ 24 giờ.',
    failed: 'Xuất danh sách không thành công: {reason}',
    reconnecting: 'Mất kết nối, đang thử lại…',
    myExports: 'Xem các tệp đã xuất',
    downloadAgain: 'Tải lại tệp',
    close: 'Đóng',
    closeRunning: 'Đóng (máy chủ vẫn xuất tiếp)',
  },
};
