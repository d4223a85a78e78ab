import type { Image } from '../../../core/document.js';
import { classId, collapse, textOf, walk, type Element } from './dom.js';

/**
 * Photo captions and credits, which Readability leaks into the body on a quarter of news pages.
 * They leave the text and become `images` entries.
 */

const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|credits|copyright|photographer|source|attribution)(?:$|[\s_-])/i;
// "Photo: Jane Doe/Reuters", "(AP Photo/John Doe)", "Image credit: …" at the end of a caption.
const TRAILING_CREDIT =
  /\s*[([]?\s*(?<credit>(?:(?:ap |afp |reuters |file )?photo(?:graph)?s?|image|picture|illustration|credit|source|video)(?: credit)?\s*(?:by|:|\/)\s*[^()[\]]{2,120}?)[)\]]?\s*$/i;
const CREDIT_GROUP = 'credit';
// "Jane Doe/Getty Images" with no label.
const AGENCY_CREDIT =
  /\s*(?<credit>[^.()]{0,60}\/\s*(?:getty images|afp|reuters|ap|associated press|epa|shutterstock|bloomberg|xinhua|yonhap|efe)[^.()]{0,30})\s*$/i;

export function isCreditElement(el: Element): boolean {
  return CREDIT_CLASS.test(classId(el));
}

function splitCredit(caption: string): { caption: string; credit: string | null } {
  for (const re of [TRAILING_CREDIT, AGENCY_CREDIT]) {
    const m = re.exec(caption);
    const credit = m?.groups?.[CREDIT_GROUP];
    if (m && credit) return { caption: caption.slice(0, m.index).trim(), credit: collapse(credit) };
  }
  return { caption, credit: null };
}

function firstImageUrl(el: Element, base: string | null): string | null {
  let src: string | null = null;
  walk(el, (e) => {
    if (src !== null) return false;
    if (e.tag === 'img' || e.tag === 'source') {
      const raw = e.attrs['data-src'] ?? e.attrs['src'] ?? e.attrs['srcset']?.split(/[\s,]/)[0];
      if (raw && !raw.startsWith('data:')) src = raw;
    }
    return true;
  });
  if (src === null) return null;
  try {
    return new URL(src, base ?? undefined).href;
  } catch {
    return src;
  }
}

/** The caption, credit and picture of a <figure> or a caption-classed element; null if it has no words. */
export function imageOf(el: Element, captionEl: Element | null, base: string | null): Image | null {
  const credits: string[] = [];
  const source = captionEl ?? el;
  walk(source, (e) => {
    if (e !== source && isCreditElement(e)) {
      credits.push(textOf(e));
      return false;
    }
    return true;
  });
  const creditSet = new Set(credits);
  const full = textOf(source);
  let caption = full;
  for (const c of creditSet) if (c) caption = caption.replace(c, ' ');
  const split = splitCredit(collapse(caption));
  const credit = credits.filter(Boolean).join(' ') || split.credit;
  if (!split.caption && !credit) return null;
  return { caption: split.caption, credit: credit ? collapse(credit) : null, url: firstImageUrl(el, base) };
}
