import { renderBanner } from './banner';

describe('renderBanner', () => {
  const facts = { url: 'http://127.0.0.1:3000', database: 'PostgreSQL 18.4 (nhúng · embedded), 127.0.0.1:5433', dataNotes: [], webUi: true };

  it('shows where to go in Vietnamese and English', () => {
    const text = renderBanner(facts);
    expect(text).toContain('Liên Thông đã sẵn sàng · Liên Thông is ready');
    expect(text).toContain('http://127.0.0.1:3000/api/v1');
    expect(text).toContain('Nhấn Ctrl+C để dừng · Press Ctrl+C to stop');
  });

  it('shows the generated admin password only when there is one (first run)', () => {
    expect(renderBanner(facts)).not.toContain('Mật khẩu');
    const first = renderBanner({ ...facts, generatedAdminPassword: 'Xy7-generated-secret' });
    expect(first).toContain('Xy7-generated-secret');
    expect(first).toContain('Shown only ONCE');
  });

  it('says when the web UI is not built', () => {
    expect(renderBanner({ ...facts, webUi: false })).toContain('Web UI not built yet (API only)');
  });
});
