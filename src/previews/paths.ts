/**
 * Where the preview images are published. Pages pass the path to HeadMeta's `image` prop:
 *
 *   <Base ... image={previewPath('claims', claim.id, import.meta.env.BASE_URL)} />
 */
import { sitePath } from '../lib/ids.ts';

/** The kinds of page that have a preview image. */
export type PreviewKind = 'claims' | 'stories';

/** The site path of a page's preview image: `/previews/claims/<id>.png` (under the base). */
export function previewPath(kind: PreviewKind, id: string, base = '/'): string {
  return `${sitePath(base, 'previews', kind).slice(0, -1)}/${encodeURIComponent(id)}.png`;
}

/** The file of a page's preview image in the built site: `previews/claims/<id>.png`. */
export function previewFile(kind: PreviewKind, id: string): string {
  return `previews/${kind}/${id}.png`;
}
