import type { ErrorCode } from '@lienthong/contracts';

export type Language = 'vi' | 'en';

/** Vietnamese first, English second. Exhaustive: a new code without messages fails to compile. */
export const ERROR_MESSAGES: Record<ErrorCode, Record<Language, string>> = {
  'COMMON.VALIDATION_FAILED': { vi: 'Dữ liệu không hợp lệ.', en: 'The input is not valid.' },
  'COMMON.MALFORMED_REQUEST': { vi: 'Yêu cầu không đúng định dạng JSON.', en: 'The request body is not well-formed JSON.' },
  'COMMON.UNAUTHENTICATED': { vi: 'Cần đăng nhập.', en: 'Authentication is required.' },
  'COMMON.FORBIDDEN': { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  'COMMON.NOT_FOUND': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'COMMON.ROUTE_NOT_FOUND': { vi: 'Đường dẫn API không tồn tại.', en: 'No such API route.' },
  'COMMON.CONFLICT': { vi: 'Xung đột với trạng thái hiện tại.', en: 'Conflicts with the current state.' },
  'COMMON.PRECONDITION_FAILED': {
    vi: 'Bản ghi đã bị người khác thay đổi; hãy tải lại rồi thử lại.',
    en: 'The record was changed by someone else; reload and try again.',
  },
  'COMMON.PRECONDITION_REQUIRED': { vi: 'Thiếu tiêu đề If-Match.', en: 'The If-Match header is required.' },
  'COMMON.PAYLOAD_TOO_LARGE': { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  'COMMON.UNSUPPORTED_MEDIA_TYPE': { vi: 'Chỉ chấp nhận application/json.', en: 'Only application/json is accepted.' },
  'COMMON.RULE_VIOLATION': { vi: 'Thao tác trái quy định.', en: 'A rule refuses this operation.' },
  'COMMON.RATE_LIMITED': { vi: 'Quá nhiều yêu cầu; hãy thử lại sau.', en: 'Too many requests; try again later.' },
  'COMMON.SERVICE_UNAVAILABLE': {
    vi: 'Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.',
    en: 'A service is temporarily unavailable; try again later.',
  },
  'COMMON.TIMEOUT': { vi: 'Dịch vụ không trả lời kịp thời.', en: 'A service did not answer in time.' },
  'COMMON.INTERNAL': { vi: 'Lỗi hệ thống; đã ghi nhận để xử lý.', en: 'Internal error; it has been logged.' },
  'AUTH.INVALID_CREDENTIALS': { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  'AUTH.TOKEN_INVALID': { vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.', en: 'The token is invalid or expired.' },
  'AUTH.CONTEXT_INVALID': { vi: 'Ngữ cảnh xác thực không hợp lệ.', en: 'The auth context is missing, forged or stale.' },
  'AUTH.PASSWORD_CHANGE_REQUIRED': {
    vi: 'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục (POST /api/v1/auth/change-password).',
    en: 'Change the password you were given before going on (POST /api/v1/auth/change-password).',
  },
  'AUTH.PASSWORD_TOO_WEAK': { vi: 'Mật khẩu chưa đủ mạnh.', en: 'The password is too weak.' },
  'AUTH.CURRENT_PASSWORD_WRONG': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'AUTH.LOGIN_LOCKED': {
    vi: 'Đăng nhập sai quá nhiều lần; tạm thời bị khóa, hãy thử lại sau.',
    en: 'Too many failed sign-ins; temporarily locked, try again later.',
  },
  'AUTH.REFRESH_TOKEN_INVALID': {
    vi: 'Phiên đăng nhập đã hết hạn hoặc bị thu hồi; hãy đăng nhập lại.',
    en: 'The session expired or was revoked; sign in again.',
  },
  'AUTH.CLIENT_INVALID': {
    vi: 'Mã ứng dụng hoặc khóa bí mật không đúng, hoặc ứng dụng đã bị thu hồi hay hết hạn.',
    en: 'Wrong client id or secret, or the client is revoked or expired.',
  },
  'USERS.USER_NOT_FOUND': { vi: 'Không tìm thấy tài khoản.', en: 'User not found.' },
  'USERS.USERNAME_TAKEN': { vi: 'Tên đăng nhập đã được dùng.', en: 'The username is already taken.' },
  'USERS.VERSION_MISMATCH': {
    vi: 'Tài khoản đã bị người khác thay đổi; hãy tải lại.',
    en: 'The user was changed by someone else; reload it.',
  },
  'USERS.ROLE_UNKNOWN': { vi: 'Vai trò không tồn tại.', en: 'No such role.' },
  'MEMBERS.ORG_NOT_FOUND': { vi: 'Không tìm thấy tổ chức đảng.', en: 'Organisation not found.' },
  'MEMBERS.ORG_PARENT_NOT_FOUND': { vi: 'Không tìm thấy tổ chức cấp trên.', en: 'Parent organisation not found.' },
  'MEMBERS.ORG_PARENT_CLOSED': { vi: 'Tổ chức cấp trên đã giải thể.', en: 'The parent organisation is closed.' },
  'MEMBERS.ORG_MOVE_CYCLE': {
    vi: 'Không thể chuyển tổ chức vào chính nó hoặc tổ chức trực thuộc nó.',
    en: 'An organisation cannot move under itself or its own descendants.',
  },
  'MEMBERS.ORG_CLOSED': { vi: 'Tổ chức đã giải thể.', en: 'The organisation is closed.' },
  'MEMBERS.ORG_HAS_OPEN_CHILDREN': {
    vi: 'Tổ chức còn tổ chức trực thuộc đang hoạt động.',
    en: 'The organisation still has active sub-organisations.',
  },
  'MEMBERS.ORG_KIND_NOT_ALLOWED': {
    vi: 'Loại tổ chức này không được đặt dưới tổ chức cấp trên đã chọn.',
    en: 'This kind of organisation cannot sit under the chosen parent.',
  },
  'MEMBERS.ORG_SHORT_NAME_TAKEN': {
    vi: 'Tên viết tắt đã được dùng trong cùng tổ chức cấp trên.',
    en: 'The short name is already used under the same parent.',
  },
  'MEMBERS.ORG_VERSION_MISMATCH': {
    vi: 'Tổ chức đã bị người khác thay đổi; hãy tải lại.',
    en: 'The organisation was changed by someone else; reload it.',
  },
  'MEMBERS.ORG_MERGE_INTO_DESCENDANT': {
    vi: 'Không thể hợp nhất tổ chức vào chính nó hoặc tổ chức trực thuộc nó.',
    en: 'An organisation cannot be merged into itself or one of its own descendants.',
  },
  'MEMBERS.ORG_TERM_NOT_FOUND': { vi: 'Không tìm thấy nhiệm kỳ.', en: 'Term not found.' },
  'MEMBERS.ORG_TERM_OVERLAP': {
    vi: 'Nhiệm kỳ trùng thời gian với một nhiệm kỳ khác của tổ chức hoặc tổ chức còn nhiệm kỳ chưa kết thúc.',
    en: 'The term overlaps another term of the organisation, or a term is still open.',
  },
  'MEMBERS.ORG_TERM_CLOSED': { vi: 'Nhiệm kỳ đã kết thúc.', en: 'The term is already closed.' },
  'MEMBERS.ORG_TERM_VERSION_MISMATCH': {
    vi: 'Nhiệm kỳ đã bị người khác thay đổi; hãy tải lại.',
    en: 'The term was changed by someone else; reload it.',
  },
  'MEMBERS.MEMBER_NOT_FOUND': { vi: 'Không tìm thấy đảng viên.', en: 'Party member not found.' },
  'MEMBERS.MEMBER_VERSION_MISMATCH': {
    vi: 'Hồ sơ đảng viên đã bị người khác thay đổi; hãy tải lại.',
    en: 'The member record was changed by someone else; reload it.',
  },
  'MEMBERS.CITIZEN_ID_TAKEN': {
    vi: 'Số căn cước công dân đã được dùng cho một đảng viên khác.',
    en: 'The citizen ID is already used by another member.',
  },
  'MEMBERS.CARD_NUMBER_TAKEN': { vi: 'Số thẻ đảng viên đã được dùng.', en: 'The party card number is already used.' },
  'MEMBERS.MEMBER_RECORD_NOT_LINKED': {
    vi: 'Tài khoản chưa được gắn với hồ sơ đảng viên nào.',
    en: 'This account is not linked to a party member record.',
  },
  'MEMBERS.CORRECTION_NOT_FOUND': { vi: 'Không tìm thấy yêu cầu sửa hồ sơ.', en: 'Correction request not found.' },
  'MEMBERS.CORRECTION_CLOSED': {
    vi: 'Yêu cầu sửa hồ sơ này đã được xử lý xong.',
    en: 'This correction request has already been closed.',
  },
  'MEMBERS.EXPORT_NOT_FOUND': { vi: 'Không tìm thấy lệnh xuất tệp.', en: 'Export not found.' },
  'MEMBERS.EXPORT_NOT_READY': {
    vi: 'Tệp xuất chưa sẵn sàng: lệnh xuất chưa chạy xong hoặc đã lỗi.',
    en: 'The export file is not ready: the export has not finished, or it failed.',
  },
  'MEMBERS.EXPORT_EXPIRED': {
    vi: 'Tệp xuất đã hết hạn lưu (24 giờ) và đã bị xóa; hãy tạo lệnh xuất mới.',
    en: 'The export file has expired (kept 24 hours) and was deleted; create a new export.',
  },
  'MEMBERS.EXPORT_TOO_LARGE': {
    vi: 'Danh sách quá lớn để xuất trực tiếp: hãy tạo lệnh xuất chạy nền (POST /api/v1/member-exports) rồi tải tệp khi xong.',
    en: 'The list is too large for a direct export: create a background export (POST /api/v1/member-exports) and download the file when it is done.',
  },
  'DOCUMENTS.REGISTER_NOT_FOUND': { vi: 'Không tìm thấy sổ văn bản.', en: 'Document register not found.' },
  'FINANCE.RULE_NOT_FOUND': { vi: 'Không tìm thấy quy định đảng phí.', en: 'Dues rule not found.' },
  'RESOLUTIONS.RESOLUTION_NOT_FOUND': { vi: 'Không tìm thấy nghị quyết.', en: 'Resolution not found.' },
  'API_CLIENTS.CLIENT_NOT_FOUND': { vi: 'Không tìm thấy ứng dụng tích hợp.', en: 'API client not found.' },
  'API_CLIENTS.CLIENT_REVOKED': { vi: 'Ứng dụng tích hợp đã bị thu hồi.', en: 'The API client has been revoked.' },
  'API_CLIENTS.PERMISSION_NOT_GRANTABLE': {
    vi: 'Không thể cấp quyền này cho ứng dụng tích hợp (bạn không có quyền đó, hoặc đó là quyền quản trị).',
    en: 'This permission cannot be given to an API client (you do not hold it, or it is an administrative one).',
  },
  'IDEMPOTENCY.KEY_REUSED': {
    vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới.',
    en: 'This Idempotency-Key was used for a different request; use a new key.',
  },
  'IDEMPOTENCY.IN_PROGRESS': {
    vi: 'Yêu cầu đầu tiên với Idempotency-Key này vẫn đang xử lý; hãy thử lại sau.',
    en: 'The first request with this Idempotency-Key is still being processed; retry later.',
  },
  'EXTERNAL_REFS.EXTERNAL_ID_TAKEN': {
    vi: 'externalId này đã được dùng cho một bản ghi khác.',
    en: 'This externalId is already used for another record.',
  },
  'CHANGES.CURSOR_EXPIRED': {
    vi: 'Con trỏ này cũ hơn thời hạn lưu giữ của nguồn thay đổi; hãy đồng bộ lại toàn bộ rồi đọc tiếp không kèm since.',
    en: 'This cursor is older than the change feed keeps; sync in full again, then read on without since.',
  },
  'WEBHOOKS.WEBHOOK_NOT_FOUND': {
    vi: 'Không tìm thấy webhook.',
    en: 'Webhook not found.',
  },
  'WEBHOOKS.DELIVERY_NOT_FOUND': {
    vi: 'Không tìm thấy lần gửi webhook.',
    en: 'Webhook delivery not found.',
  },
};

export function errorMessage(code: ErrorCode, lang: Language): string {
  return ERROR_MESSAGES[code][lang];
}
