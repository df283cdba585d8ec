// Vietnamese is the UI's first language (DESIGN.md: officers in the web UI). English follows when the
// i18n layer arrives; until then every user-facing string lives here, not in components.
export const vi = {
  appName: 'Liên Thông',
  tagline: 'Văn phòng trực tuyến của các cấp ủy Đảng',
  intro:
    'Quản lý tổ chức đảng và đảng viên, văn bản đi và đến, tài chính đảng, nghị quyết và chương trình công tác — trên một hệ thống thống nhất.',
  statusHeading: 'Trạng thái hệ thống',
  status: {
    checking: 'Đang kiểm tra trạng thái hệ thống…',
    up: 'Hệ thống đang hoạt động bình thường.',
    down: 'Hệ thống đang gặp sự cố: một số thành phần chưa sẵn sàng.',
    unreachable: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng hoặc liên hệ quản trị viên.',
  },
  componentUp: 'Sẵn sàng',
  componentDown: 'Chưa sẵn sàng',
  checkedAt: 'Cập nhật lúc',
  recheck: 'Kiểm tra lại',
  components: {
    gateway: 'Cổng API',
    members: 'Tổ chức và đảng viên',
    documents: 'Văn bản',
    finance: 'Tài chính đảng',
    resolutions: 'Nghị quyết',
    database: 'Cơ sở dữ liệu',
    'transport:nats': 'Kênh trao đổi dữ liệu (NATS)',
    'transport:in-process': 'Kênh trao đổi dữ liệu (nội bộ)',
  } as Record<string, string>,
  footer: 'Phần mềm phục vụ công tác văn phòng cấp ủy.',
} as const;
