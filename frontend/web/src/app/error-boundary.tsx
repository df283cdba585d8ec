import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * The last line: whatever throws while rendering, the officer sees a message and a way on, never
 * a blank page. It sits outside every provider, so its text is plain and bilingual.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Liên Thông: render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="fatal-error" role="alert">
        <h1>Đã xảy ra lỗi khi hiển thị trang</h1>
        <p>Dữ liệu của đồng chí không bị ảnh hưởng. Hãy tải lại trang; nếu lỗi còn lặp lại, báo cho quản trị viên.</p>
        <p lang="en">Something went wrong while showing this page. Your data is not affected: reload the page.</p>
        <button type="button" onClick={() => window.location.assign('/')}>
          Tải lại · Reload
        </button>
      </main>
    );
  }
}
