import type { ThemeConfig } from 'antd';

/**
 * Calm and readable: a deep Party red for actions (#9b1c1c on white is 7.6:1, AAA), body text
 * #1c1f23 (16:1), secondary text #4a5058 (7.6:1); 15px base for officers on modest screens.
 * System fonts all carry Vietnamese diacritics.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#9b1c1c',
    colorLink: '#8a1919',
    colorText: '#1c1f23',
    colorTextSecondary: '#4a5058',
    colorTextDescription: '#4a5058',
    colorTextPlaceholder: '#5f656d',
    colorBgLayout: '#f7f6f2',
    colorBorder: '#b9b5aa',
    colorError: '#b42318',
    colorWarning: '#8a4b00',
    colorSuccess: '#1e6b3a',
    colorInfo: '#1d4ed8',
    fontSize: 15,
    borderRadius: 6,
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#7f1717', headerColor: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f7f6f2' },
  },
};
