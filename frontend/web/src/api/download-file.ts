import type { Api } from './api-context';
import { apiErrorOf } from './api-error';

/** The name the server gave the file (Content-Disposition filename*), else `fallback`. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Downloads a file the API answers (an .xlsx, a PDF; the download is audited there) and hands it to
 * the browser to save; answers the file's name. Through the HTTP client: the generated SDK parses
 * every answer as JSON and cannot hand over a file and its name.
 */
export async function downloadFile(api: Api, path: string, fallbackName: string): Promise<string> {
  const response = await api.http.authorizedFetch(path, { method: 'GET' });
  if (!response.ok) throw await apiErrorOf(response, response.statusText);
  const name = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
