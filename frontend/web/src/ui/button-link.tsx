import Button, { type ButtonProps } from 'antd/es/button';
import { useHref, useLinkClickHandler } from 'react-router';

/**
 * A link to a page of the app that looks like a button: an `<a href>` (one tab stop, opens in a new
 * tab, can be copied), navigating inside the app on a plain click. A `<Link>` around a `<Button>`
 * would be two nested controls and two tab stops.
 */
export function ButtonLink({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLElement>(to);
  return <Button {...props} href={href} onClick={onClick} />;
}
