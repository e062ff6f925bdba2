import { z } from 'zod';
import type { BriefPart } from './brief-outline';
import { briefSpecSchema, type BriefSpec } from './brief-spec';
import { PRINT_ROUTE_PREFIX } from './print-route-hash';

/** How one print of a brief is laid out: one part alone (to count its pages), or the contents' page numbers. */
export interface PrintLayout {
  part?: BriefPart;
  /** The first page of each part the contents list, in the order `contentsParts` gives. */
  contentsPages?: number[];
  /** The pages of the whole, for 'page N of M' when only a part is printed. */
  totalPages?: number;
}

export interface PrintRoute extends PrintLayout {
  spec: BriefSpec;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The renderer's print route of a brief, as a hash: `#/print?spec=<base64url JSON>[&part=AZ][&contents=3,5][&total=14]`. */
export function briefPrintRoute(spec: BriefSpec, layout: PrintLayout = {}): string {
  const params = new URLSearchParams({ spec: toBase64Url(JSON.stringify(spec)) });
  if (layout.part) params.set('part', layout.part);
  if (layout.contentsPages) params.set('contents', layout.contentsPages.join(','));
  if (layout.totalPages) params.set('total', String(layout.totalPages));
  return `${PRINT_ROUTE_PREFIX}${params.toString()}`;
}

const partSchema = z.union([z.enum(['front', 'sources']), z.string().regex(/^[A-Z]{2}$/)]);
const totalSchema = z.string().regex(/^[1-9]\d*$/).transform(Number);
const pagesSchema = z.string().regex(/^\d+(,\d+)*$/).transform((text) => text.split(',').map(Number));

/** Reads a print route (`#/print?…`); undefined when it is not one or its spec is not valid. */
export function parseBriefPrintRoute(hash: string): PrintRoute | undefined {
  const match = /^#\/print\?(.*)$/.exec(hash);
  if (!match) return undefined;
  const params = new URLSearchParams(match[1]);
  let specJson: unknown;
  try {
    specJson = JSON.parse(fromBase64Url(params.get('spec') ?? ''));
  } catch {
    return undefined;
  }
  const spec = briefSpecSchema.safeParse(specJson);
  const part = partSchema.optional().safeParse(params.get('part') ?? undefined);
  const pages = pagesSchema.optional().safeParse(params.get('contents') ?? undefined);
  const total = totalSchema.optional().safeParse(params.get('total') ?? undefined);
  if (!spec.success || !part.success || !pages.success || !total.success) return undefined;
  return { spec: spec.data, part: part.data, contentsPages: pages.data, totalPages: total.data };
}

