export interface BannerFacts {
  url: string;
  database: string;
  dataNotes: string[];
  webUi: boolean;
  generatedAdminPassword?: string;
}

/** What a person starting `npm start` needs to see: where to go and, on first run only, how to log in. */
export function renderBanner(facts: BannerFacts): string {
  const lines = [
    '',
    '  ┌─────────────────────────────────────────────────────────────',
    '  │ Liên Thông đã sẵn sàng · Liên Thông is ready',
    '  │',
    `  │ Mở trình duyệt · Open:        ${facts.url}/`,
    `  │ API:                          ${facts.url}/api/v1`,
    `  │ Tài liệu API · API docs:      ${facts.url}/api/docs`,
    `  │ Cơ sở dữ liệu · Database:     ${facts.database}`,
    ...facts.dataNotes.map((note) => `  │   ${note}`),
  ];
  if (!facts.webUi) {
    lines.push('  │', '  │ Giao diện web chưa được build (chỉ có API) · Web UI not built yet (API only)');
  }
  if (facts.generatedAdminPassword) {
    lines.push(
      '  │',
      '  │ Tài khoản quản trị · Administrator account',
      '  │   Tên đăng nhập · Username:   admin',
      `  │   Mật khẩu · Password:        ${facts.generatedAdminPassword}`,
      '  │   Mật khẩu chỉ hiện MỘT LẦN: hãy lưu lại và đổi sau khi đăng nhập.',
      '  │   Shown only ONCE: keep it safe and change it after logging in.',
    );
  }
  lines.push('  │', '  │ Nhấn Ctrl+C để dừng · Press Ctrl+C to stop', '  └─────────────────────────────────────────────────────────────', '');
  return lines.join('\n') + '\n';
}
