import DownOutlined from '@ant-design/icons/es/icons/DownOutlined';
import KeyOutlined from '@ant-design/icons/es/icons/KeyOutlined';
import LogoutOutlined from '@ant-design/icons/es/icons/LogoutOutlined';
import MenuOutlined from '@ant-design/icons/es/icons/MenuOutlined';
import UserOutlined from '@ant-design/icons/es/icons/UserOutlined';
import Button from 'antd/es/button';
import Drawer from 'antd/es/drawer';
import Dropdown from 'antd/es/dropdown';
import Grid from 'antd/es/grid';
import Layout from 'antd/es/layout';
import Menu from 'antd/es/menu';
import Spin from 'antd/es/spin';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { AREAS, canSee } from '../app/areas';
import { useLogout, useMe } from '../features/auth/hooks/use-session';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from '../ui/language-switch';
import { AccountSummary } from './account-summary';

/** Header, the area menu (a sider from 992px, a drawer below), who I am, and the current page. */
export default function AppLayout() {
  const { t } = useI18n();
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const wide = Grid.useBreakpoint().lg ?? window.matchMedia('(min-width: 992px)').matches;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  if (!me) return null;

  const areas = AREAS.filter((area) => canSee(area, me.permissions));
  const segment = location.pathname.split('/')[1] ?? '';
  const selected = areas.find((area) => area.path === segment)?.key ?? 'home';
  const menu = (
    <nav aria-label={t.nav.main}>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        onClick={() => setDrawerOpen(false)}
        items={areas.map((area) => ({ key: area.key, icon: area.icon, label: <Link to={`/${area.path}`}>{area.label(t)}</Link> }))}
      />
    </nav>
  );
  const signOut = async () => {
    await logout();
    void navigate('/dang-nhap?ly-do=dang-xuat', { replace: true });
  };

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t.nav.skip}
      </a>
      <Layout.Header className="app-header">
        {!wide && <Button type="text" className="header-icon" icon={<MenuOutlined />} aria-label={t.nav.menu} onClick={() => setDrawerOpen(true)} />}
        <Link to="/" className="app-brand">
          {t.appName}
          {wide && <span className="app-tagline">{t.tagline}</span>}
        </Link>
        <div className="header-right">
          <LanguageSwitch onDark />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'password', icon: <KeyOutlined />, label: t.header.changePassword, onClick: () => void navigate('/doi-mat-khau') },
                { key: 'logout', icon: <LogoutOutlined />, label: t.header.logout, onClick: () => void signOut() },
              ],
            }}
          >
            <Button type="text" className="account-button" aria-label={`${t.header.account}: ${me.fullName}`}>
              <UserOutlined />
              {wide && <span>{me.fullName}</span>}
              <DownOutlined />
            </Button>
          </Dropdown>
        </div>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider theme="light" width={240} collapsible collapsed={collapsed} onCollapse={setCollapsed} className="app-sider">
            {menu}
          </Layout.Sider>
        ) : (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} title={t.appName} size={280}>
            {menu}
          </Drawer>
        )}
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <AccountSummary me={me} />
          <Suspense fallback={<Spin className="page-spin" description={t.common.loading} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
